// A statement that reads a never-polled future out of a list or a map warns too: the
// statement's value is the future, and nothing will poll it.
async fn hello() { println("body"); }
let l = [hello()];
l[0];
let m = {f: hello()};
m.f;
m["f"];
