fn make_counter() {
    let count = 0;
    || { count += 1; count }
}
let c1 = make_counter();
let c2 = make_counter();
c1(); c1();
println(c1(), c2());
