package main

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
)

const packets = `[1,1,3,1,1]
[1,1,5,1,1]

[[1],[2,3,4]]
[[1],4]

[9]
[[8,7,6]]

[[4,4],4,4]
[[4,4],4,4,4]

[7,7,7,7]
[7,7,7]

[]
[3]

[[[]]]
[[]]

[1,[2,[3,[4,[5,6,7]]]],8,9]
[1,[2,[3,[4,[5,6,0]]]],8,9]`

func compare(a, b any) int {
	af, aNum := a.(float64)
	bf, bNum := b.(float64)
	switch {
	case aNum && bNum:
		switch {
		case af < bf:
			return -1
		case af > bf:
			return 1
		}
		return 0
	case aNum:
		return compare([]any{af}, b)
	case bNum:
		return compare(a, []any{bf})
	}
	al, bl := a.([]any), b.([]any)
	for i := 0; i < len(al) && i < len(bl); i++ {
		if c := compare(al[i], bl[i]); c != 0 {
			return c
		}
	}
	return len(al) - len(bl)
}

func decode(s string) any {
	var v any
	if err := json.Unmarshal([]byte(s), &v); err != nil {
		panic(err)
	}
	return v
}

func main() {
	var all []any
	sum := 0
	for i, pair := range strings.Split(packets, "\n\n") {
		lines := strings.Split(pair, "\n")
		a, b := decode(lines[0]), decode(lines[1])
		all = append(all, a, b)
		if compare(a, b) < 0 {
			sum += i + 1
		}
	}
	fmt.Println("part1:", sum)
	d1, d2 := decode("[[2]]"), decode("[[6]]")
	all = append(all, d1, d2)
	slices.SortStableFunc(all, compare)
	key := 1
	for i, p := range all {
		out, _ := json.Marshal(p)
		fmt.Println(i+1, string(out))
		if compare(p, d1) == 0 || compare(p, d2) == 0 {
			key *= i + 1
		}
	}
	fmt.Println("part2:", key)
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	decode("[1,2")
}
