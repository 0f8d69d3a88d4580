fn make_counter() {
    let count = 0;
    || { count += 1; count }
}
let c1 = make_counter();
let c2 = make_counter();
println(c1(), c1(), c1());
println(c2(), c2());
println(c1());
let n = 0;
let inc = || { n += 1; };
inc();
inc();
inc();
println(n);
