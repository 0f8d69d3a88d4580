fn find_pair(target) {
    for i in 0..10 {
        for j in 0..10 {
            if i + j == target && i * j == 24 {
                return [i, j];
            }
        }
    }
    nil
}
println(find_pair(10));
println(find_pair(100));
fn first_over(xs, limit) {
    let i = 0;
    while true {
        loop {
            if xs[i] > limit { return xs[i]; }
            break;
        }
        i += 1;
    }
}
println(first_over([1, 5, 9, 12], 6));
fn early(x) { if x < 0 { return 0; } x }
println(early(-3), early(3));
fn bare() { return; }
println(bare());
