let m = {};
m.zebra = 1;
m.apple = 2;
m.mango = 3;
m.zebra = 4;
println(m, m.keys());
m.remove("apple");
m.apple = 5;
println(m);
