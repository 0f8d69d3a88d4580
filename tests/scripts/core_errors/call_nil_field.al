let m = {a: 1};
m.b();
