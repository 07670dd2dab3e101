package main

import (
	"fmt"
	"sort"
)

type Period struct {
	Year  int
	Month int
}

func (p Period) String() string { return fmt.Sprintf("%04d-%02d", p.Year, p.Month) }

type Key struct {
	Dept   string
	Period Period
}

type Amounts [3]int64 // budget, actual, committed

func main() {
	rows := []struct {
		dept   string
		y, m   int
		kind   int
		amount int64
	}{
		{"Sales", 2024, 1, 0, 500000}, {"Sales", 2024, 1, 1, 480250},
		{"Sales", 2024, 2, 0, 500000}, {"Sales", 2024, 2, 1, 530100}, {"Sales", 2024, 2, 2, 12000},
		{"R&D", 2024, 1, 0, 900000}, {"R&D", 2024, 1, 1, 755000}, {"R&D", 2024, 1, 2, 100000},
		{"R&D", 2024, 2, 0, 900000}, {"R&D", 2024, 2, 1, 910000},
		{"Ops", 2024, 2, 1, 45000},
	}
	table := map[Key]Amounts{}
	for _, r := range rows {
		k := Key{r.dept, Period{r.y, r.m}}
		a := table[k]
		a[r.kind] += r.amount
		table[k] = a
	}
	keys := make([]Key, 0, len(table))
	for k := range table {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].Dept != keys[j].Dept {
			return keys[i].Dept < keys[j].Dept
		}
		if keys[i].Period.Year != keys[j].Period.Year {
			return keys[i].Period.Year < keys[j].Period.Year
		}
		return keys[i].Period.Month < keys[j].Period.Month
	})
	fmt.Printf("%-6s %-8s %10s %10s %10s %10s\n", "Dept", "Period", "Budget", "Actual", "Commit", "Variance")
	for _, k := range keys {
		a := table[k]
		v := a[0] - a[1] - a[2]
		fmt.Printf("%-6s %-8v %10d %10d %10d %+10d\n", k.Dept, k.Period, a[0], a[1], a[2], v)
	}
	jan := Period{2024, 1}
	fmt.Println(table[Key{"Sales", jan}], table[Key{"Nope", jan}] == Amounts{})
	fmt.Printf("%v\n%+v\n%#v\n", keys[0], keys[0], keys[0])
	seen := map[Period]bool{}
	for _, k := range keys {
		seen[k.Period] = true
	}
	fmt.Println(len(seen), seen[Period{2024, 2}], seen[Period{2023, 12}])
	arr := Amounts{1, 2, 3}
	cp := arr
	cp[0] = 99
	fmt.Println(arr, cp, arr == cp, [2]Period{jan, {2024, 2}})
}
