// Exercises: type Set map[rune]bool with methods, intersections of rucksack halves, priorities by rune arithmetic, a Set in an interface and printed by fmt.
package main

import (
	"fmt"
	"strings"
)

const sacks = `vJrwpWtwJgWrhcsFMMfFFhFp
jqHRNqRjqzjGDLGLrsFMfFZSrLrFZsSL
PmmdzqPrVvPwwTWBwg
wMqvLMZHhHMvwLHjbvcjnnSBnvTQFn
ttgJtRGJQctTZtZT
CrZsJsPPZsGzwwsLwLmpwMDw`

type Set map[rune]bool

func NewSet(s string) Set {
	set := Set{}
	for _, r := range s {
		set[r] = true
	}
	return set
}

func (s Set) Intersect(o Set) Set {
	out := Set{}
	for r := range s {
		if o[r] {
			out[r] = true
		}
	}
	return out
}

func (s Set) Only() rune {
	for r := range s {
		return r
	}
	return 0
}

func priority(r rune) int {
	if r >= 'a' {
		return int(r-'a') + 1
	}
	return int(r-'A') + 27
}

func main() {
	lines := strings.Split(sacks, "\n")
	sum, badges := 0, 0
	for i, l := range lines {
		common := NewSet(l[:len(l)/2]).Intersect(NewSet(l[len(l)/2:]))
		sum += priority(common.Only())
		if i%3 == 2 {
			b := NewSet(lines[i-2]).Intersect(NewSet(lines[i-1])).Intersect(NewSet(l))
			badges += priority(b.Only())
			fmt.Printf("%c %v %d\n", b.Only(), b, len(b))
		}
	}
	fmt.Println(sum, badges)
	var x interface{} = NewSet("ab")
	s, ok := x.(Set)
	fmt.Println(ok, len(s), s['a'], s['z'], x)
}
