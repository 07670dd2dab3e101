// Exercises: memoized recursion with a map keyed by a struct, stone-splitting puzzle, strconv.Itoa digit counting, int64 totals
package main

import (
	"fmt"
	"strconv"
	"strings"
)

const input = "125 17 0 9"

type key struct {
	stone int
	steps int
}

var memo = map[key]int64{}

func count(stone, steps int) int64 {
	if steps == 0 {
		return 1
	}
	k := key{stone, steps}
	if v, ok := memo[k]; ok {
		return v
	}
	var res int64
	s := strconv.Itoa(stone)
	switch {
	case stone == 0:
		res = count(1, steps-1)
	case len(s)%2 == 0:
		l, _ := strconv.Atoi(s[:len(s)/2])
		r, _ := strconv.Atoi(s[len(s)/2:])
		res = count(l, steps-1) + count(r, steps-1)
	default:
		res = count(stone*2024, steps-1)
	}
	memo[k] = res
	return res
}

func main() {
	for _, blinks := range []int{6, 25, 40} {
		var total int64
		for _, f := range strings.Fields(input) {
			n, _ := strconv.Atoi(f)
			total += count(n, blinks)
		}
		fmt.Printf("%d blinks: %d\n", blinks, total)
	}
	fmt.Println("memo entries > 0:", len(memo) > 0)
}
