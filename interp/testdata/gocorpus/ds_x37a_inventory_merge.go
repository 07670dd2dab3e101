package main

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
)

type Key struct {
	Warehouse string
	SKU       string
}

type Stock struct {
	Qty      int
	Reserved int
}

func (s Stock) Available() int { return s.Qty - s.Reserved }

const snapshot = `WH1|A-1|40|5
WH1|B-2|12|0
WH2|A-1|8|8
WH2|C-3|100|30
WH3|B-2|0|0`

const deltas = `WH1 A-1 -15
WH2 C-3 +20
WH3 B-2 +7
WH2 D-4 +3
WH1 B-2 -20
WH2 A-1 -1`

func loadSnapshot(s string) map[Key]Stock {
	m := make(map[Key]Stock)
	for _, line := range strings.Split(s, "\n") {
		p := strings.Split(line, "|")
		q, _ := strconv.Atoi(p[2])
		r, _ := strconv.Atoi(p[3])
		m[Key{p[0], p[1]}] = Stock{q, r}
	}
	return m
}

func main() {
	inv := loadSnapshot(snapshot)
	orig := maps.Clone(inv)
	var rejected []string
	for _, line := range strings.Split(deltas, "\n") {
		f := strings.Fields(line)
		d, err := strconv.Atoi(f[2])
		if err != nil {
			rejected = append(rejected, line+": "+err.Error())
			continue
		}
		k := Key{f[0], f[1]}
		st := inv[k]
		if st.Available()+d < 0 {
			rejected = append(rejected, fmt.Sprintf("%v: would go to %d", k, st.Available()+d))
			continue
		}
		st.Qty += d
		inv[k] = st
	}

	keys := slices.Collect(maps.Keys(inv))
	slices.SortFunc(keys, func(a, b Key) int {
		if c := strings.Compare(a.SKU, b.SKU); c != 0 {
			return c
		}
		return strings.Compare(a.Warehouse, b.Warehouse)
	})
	fmt.Printf("%-4s %-4s %5s %5s %5s %s\n", "SKU", "WH", "QTY", "RES", "AVAIL", "CHANGE")
	for _, k := range keys {
		now := inv[k]
		was, existed := orig[k]
		change := "new"
		if existed {
			change = fmt.Sprintf("%+d", now.Qty-was.Qty)
		}
		fmt.Printf("%-4s %-4s %5d %5d %5d %s\n", k.SKU, k.Warehouse, now.Qty, now.Reserved, now.Available(), change)
	}
	fmt.Println("rejected:")
	for _, r := range rejected {
		fmt.Println(" -", r)
	}
	perSKU := map[string]int{}
	for k, v := range inv {
		perSKU[k.SKU] += v.Available()
	}
	fmt.Println(perSKU)
	fmt.Printf("%v\n%+v\n", inv[Key{"WH2", "C-3"}], Key{"WH2", "C-3"})
	fmt.Println(maps.Equal(orig, inv), len(orig), len(inv))
	empty := slices.DeleteFunc(keys, func(k Key) bool { return inv[k].Available() > 0 })
	fmt.Println("out of stock:", empty)
}
