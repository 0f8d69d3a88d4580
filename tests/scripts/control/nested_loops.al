let out = [];
for i in 0..4 {
    for j in 0..4 {
        if j > i { break; }
        if j == 1 { continue; }
        out.push([i, j]);
    }
}
println(out);
fn find(grid, target) {
    for row in grid {
        for v in row {
            if v == target { return "found {v}"; }
        }
    }
    "missing"
}
println(find([[1, 2], [3, 4]], 3), find([[1]], 9));
