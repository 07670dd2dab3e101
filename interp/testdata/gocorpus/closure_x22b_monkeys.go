package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

const notes = `Monkey 0:
  Starting items: 79, 98
  Operation: new = old * 19
  Test: divisible by 23
    If true: throw to monkey 2
    If false: throw to monkey 3

Monkey 1:
  Starting items: 54, 65, 75, 74
  Operation: new = old + 6
  Test: divisible by 19
    If true: throw to monkey 2
    If false: throw to monkey 0

Monkey 2:
  Starting items: 79, 60, 97
  Operation: new = old * old
  Test: divisible by 13
    If true: throw to monkey 1
    If false: throw to monkey 3

Monkey 3:
  Starting items: 74
  Operation: new = old + 3
  Test: divisible by 17
    If true: throw to monkey 0
    If false: throw to monkey 1`

type Monkey struct {
	items   []int
	op      func(int) int
	div     int
	ifT     int
	ifF     int
	inspect int
}

func makeOp(expr string) func(int) int {
	f := strings.Fields(expr)
	operand := func(old int) int { return old }
	if f[2] != "old" {
		n, _ := strconv.Atoi(f[2])
		operand = func(int) int { return n }
	}
	switch f[1] {
	case "*":
		return func(old int) int { return old * operand(old) }
	case "+":
		return func(old int) int { return old + operand(old) }
	}
	panic("unknown op " + f[1])
}

func parse() []*Monkey {
	var ms []*Monkey
	for _, block := range strings.Split(notes, "\n\n") {
		l := strings.Split(block, "\n")
		m := &Monkey{}
		_, items, _ := strings.Cut(l[1], ": ")
		for _, s := range strings.Split(items, ", ") {
			n, _ := strconv.Atoi(s)
			m.items = append(m.items, n)
		}
		_, expr, _ := strings.Cut(l[2], "= ")
		m.op = makeOp(expr)
		fmt.Sscanf(strings.TrimSpace(l[3]), "Test: divisible by %d", &m.div)
		fmt.Sscanf(strings.TrimSpace(l[4]), "If true: throw to monkey %d", &m.ifT)
		fmt.Sscanf(strings.TrimSpace(l[5]), "If false: throw to monkey %d", &m.ifF)
		ms = append(ms, m)
	}
	return ms
}

func simulate(rounds int, relief func(int) int) int {
	ms := parse()
	for range rounds {
		for _, m := range ms {
			for _, it := range m.items {
				m.inspect++
				w := relief(m.op(it))
				if w%m.div == 0 {
					ms[m.ifT].items = append(ms[m.ifT].items, w)
				} else {
					ms[m.ifF].items = append(ms[m.ifF].items, w)
				}
			}
			m.items = m.items[:0]
		}
	}
	counts := make([]int, len(ms))
	for i, m := range ms {
		counts[i] = m.inspect
	}
	fmt.Println(counts)
	sort.Sort(sort.Reverse(sort.IntSlice(counts)))
	return counts[0] * counts[1]
}

func main() {
	fmt.Println("part1:", simulate(20, func(w int) int { return w / 3 }))
	lcm := 1
	for _, m := range parse() {
		lcm *= m.div
	}
	fmt.Println("part2:", simulate(10000, func(w int) int { return w % lcm }))
}
