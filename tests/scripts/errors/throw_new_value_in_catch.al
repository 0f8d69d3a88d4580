// exit: 1
// Throwing a new value from a catch block is a new error, located at that throw.
fn f() { throw "a"; }
try {
    f();
} catch e {
    throw "b: " + e;
}
