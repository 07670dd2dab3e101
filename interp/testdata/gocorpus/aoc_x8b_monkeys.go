// Exercises: parsing blocks split on blank lines, closures built from parsed operators stored in a struct field, worry relief by integer division, one Sscanf with three %d into int64 fields, sort of inspection counts, int64 products
package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

const input = `Monkey 0:
  Starting items: 79, 98
  Operation: new = old * 19
  Test: divisible by 23 then 2 else 1

Monkey 1:
  Starting items: 54, 65, 75, 74
  Operation: new = old + 6
  Test: divisible by 19 then 2 else 0

Monkey 2:
  Starting items: 79, 60, 97
  Operation: new = old * old
  Test: divisible by 13 then 1 else 0`

type monkey struct {
	items                 []int64
	op                    func(int64) int64
	div, yes, no, counted int64
}

func main() {
	var ms []*monkey
	for _, block := range strings.Split(input, "\n\n") {
		ls := strings.Split(block, "\n")
		m := &monkey{}
		for _, it := range strings.Split(strings.TrimPrefix(strings.TrimSpace(ls[1]), "Starting items: "), ", ") {
			v, _ := strconv.ParseInt(it, 10, 64)
			m.items = append(m.items, v)
		}
		f := strings.Fields(ls[2])
		m.op = func(old int64) int64 {
			arg, err := strconv.ParseInt(f[5], 10, 64)
			if err != nil {
				arg = old
			}
			if f[4] == "*" {
				return old * arg
			}
			return old + arg
		}
		fmt.Sscanf(strings.TrimSpace(ls[3]), "Test: divisible by %d then %d else %d", &m.div, &m.yes, &m.no)
		ms = append(ms, m)
	}
	for round := 0; round < 20; round++ {
		for _, m := range ms {
			for _, it := range m.items {
				m.counted++
				w := m.op(it) / 3
				to := map[bool]int64{true: m.yes, false: m.no}[w%m.div == 0]
				ms[to].items = append(ms[to].items, w)
			}
			m.items = m.items[:0]
		}
	}
	counts := []int{int(ms[0].counted), int(ms[1].counted), int(ms[2].counted)}
	sort.Sort(sort.Reverse(sort.IntSlice(counts)))
	fmt.Println(counts, int64(counts[0])*int64(counts[1]))
}
