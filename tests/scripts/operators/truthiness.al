for v in [0, "", [], {}, 0.0, false, nil, true, "false"] {
    if v { print("T ") } else { print("F ") }
}
println();
