// exit: 1
fn f() {
    import "./_lib/deep.al" as d;
}
