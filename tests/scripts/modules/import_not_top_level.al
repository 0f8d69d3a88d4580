fn f() {
    import "./_lib/deep.al" as d;
}
