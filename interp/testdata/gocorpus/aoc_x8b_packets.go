// Exercises: recursive-descent parsing of nested lists into []any, comparison with comma-ok assertions to int and []any plus a switch, sort.Slice with the comparator, divider packets appended to the input and printing of nested []any
package main

import (
	"fmt"
	"sort"
	"strings"
)

const input = `[[1],[2,3,4]]
[[1],4]

[1,[2,[3,[4,[5,6,7]]]],8,9]
[1,[2,[3,[4,[5,6,0]]]],8,9]`

func parse(s string, i int) (any, int) {
	if s[i] != '[' {
		n := 0
		for ; s[i] >= '0' && s[i] <= '9'; i++ {
			n = n*10 + int(s[i]-'0')
		}
		return n, i
	}
	list := []any{}
	for i++; s[i] != ']'; {
		var v any
		v, i = parse(s, i)
		list = append(list, v)
		if s[i] == ',' {
			i++
		}
	}
	return list, i + 1
}

func cmp(a, b any) int {
	x, xInt := a.(int)
	y, yInt := b.(int)
	switch {
	case xInt && yInt:
		return x - y
	case xInt:
		return cmp([]any{x}, b)
	case yInt:
		return cmp(a, []any{y})
	}
	l, r := a.([]any), b.([]any)
	for i := 0; i < len(l) && i < len(r); i++ {
		if c := cmp(l[i], r[i]); c != 0 {
			return c
		}
	}
	return len(l) - len(r)
}

func main() {
	all, sum := []any{}, 0
	for i, pair := range strings.Split(input+"\n\n[[2]]\n[[6]]", "\n\n") {
		ls := strings.Split(pair, "\n")
		a, _ := parse(ls[0], 0)
		b, _ := parse(ls[1], 0)
		if cmp(a, b) < 0 {
			sum += i + 1
		}
		all = append(all, a, b)
	}
	sort.Slice(all, func(i, j int) bool { return cmp(all[i], all[j]) < 0 })
	fmt.Println(sum, all)
}
