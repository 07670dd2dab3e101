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
		return compare([]any{a}, b)
	case bNum:
		return compare(a, []any{b})
	}
	al, bl := a.([]any), b.([]any)
	for i := 0; i < len(al) && i < len(bl); i++ {
		if c := compare(al[i], bl[i]); c != 0 {
			return c
		}
	}
	return len(al) - len(bl)
}

func main() {
	var all []any
	sum := 0
	for i, pair := range strings.Split(packets, "\n\n") {
		lines := strings.Split(pair, "\n")
		var l, r any
		if err := json.Unmarshal([]byte(lines[0]), &l); err != nil {
			panic(err)
		}
		if err := json.Unmarshal([]byte(lines[1]), &r); err != nil {
			panic(err)
		}
		c := compare(l, r)
		fmt.Printf("pair %d: %v vs %v -> %d\n", i+1, l, r, c)
		if c < 0 {
			sum += i + 1
		}
		all = append(all, l, r)
	}
	fmt.Println("part1:", sum)
	var d1, d2 any
	json.Unmarshal([]byte("[[2]]"), &d1)
	json.Unmarshal([]byte("[[6]]"), &d2)
	all = append(all, d1, d2)
	slices.SortStableFunc(all, compare)
	key := 1
	for i, p := range all {
		b, _ := json.Marshal(p)
		s := string(b)
		if s == "[[2]]" || s == "[[6]]" {
			key *= i + 1
		}
		fmt.Printf("%2d %s\n", i+1, s)
	}
	fmt.Println("part2:", key)
}
