package main

import (
	"fmt"
	"slices"
	"strings"
)

type Tier int

const (
	Bronze Tier = iota + 1
	Silver
	Gold
)

func (t Tier) String() string {
	return [...]string{"?", "bronze", "silver", "gold"}[t]
}

type Entry struct {
	Kind   string
	Points int
	Note   string
}

type Member struct {
	Name    string
	Ledger  []Entry
	tierFor func(int) Tier
}

func (m *Member) Balance() int {
	b := 0
	for _, e := range m.Ledger {
		b += e.Points
	}
	return b
}

func (m *Member) Earn(spendCents int, note string) {
	mult := map[Tier]int{Bronze: 1, Silver: 2, Gold: 3}[m.Tier()]
	pts := spendCents / 100 * mult
	m.Ledger = append(m.Ledger, Entry{"earn", pts, note})
}

func (m *Member) Redeem(pts int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("redeem failed: %v", r)
		}
	}()
	if pts > m.Balance() {
		panic(fmt.Sprintf("need %d, have %d", pts, m.Balance()))
	}
	m.Ledger = append(m.Ledger, Entry{"redeem", -pts, ""})
	return nil
}

func (m *Member) Tier() Tier {
	lifetime := 0
	for _, e := range m.Ledger {
		if e.Kind == "earn" {
			lifetime += e.Points
		}
	}
	return m.tierFor(lifetime)
}

func main() {
	thresholds := []int{0, 500, 2000}
	tierFor := func(p int) Tier {
		i, found := slices.BinarySearch(thresholds, p)
		if !found {
			i--
		}
		return Tier(i + 1)
	}
	members := []*Member{{Name: "ann", tierFor: tierFor}, {Name: "bob", tierFor: tierFor}}
	spend := [][]int{{25000, 40000, 120000, 3000}, {999, 45000}}
	for i, m := range members {
		for j, s := range spend[i] {
			m.Earn(s, fmt.Sprintf("order %d", j+1))
		}
	}
	fmt.Println(members[0].Redeem(1000), members[1].Redeem(1000))
	for _, m := range members {
		var sb strings.Builder
		for _, e := range m.Ledger {
			fmt.Fprintf(&sb, "[%s %+d %q] ", e.Kind, e.Points, e.Note)
		}
		fmt.Printf("%s %v %d: %s\n", m.Name, m.Tier(), m.Balance(), strings.TrimSpace(sb.String()))
	}
	fmt.Printf("%v %d %s %v\n", Gold, Silver, Bronze, []Tier{1, 3})
}
