fn f() {
    try {
        println("in try");
        return "from try";
    } catch e {
        println("not called");
    } finally {
        println("finally before return completes");
    }
    "not reached"
}
println(f());
fn g() {
    try {
        throw "err";
    } catch e {
        return "from catch";
    } finally {
        println("finally after catch return");
    }
}
println(g());
fn h() {
    for i in 0..5 {
        try {
            if i == 2 { return i; }
        } finally {
            println("finally", i);
        }
    }
}
println(h());
fn nested() {
    try {
        try {
            return 1;
        } finally {
            println("inner finally");
        }
    } finally {
        println("outer finally");
    }
}
println(nested());
