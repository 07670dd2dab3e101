package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Expense struct {
	Payer  string
	Cents  int64
	Shared []string
	Memo   string
}

type Transfer struct {
	From, To string
	Cents    int64
}

func (t Transfer) String() string {
	return fmt.Sprintf("%s pays %s %d.%02d", t.From, t.To, t.Cents/100, t.Cents%100)
}

func settle(exps []Expense) (map[string]int64, []Transfer) {
	bal := map[string]int64{}
	for _, e := range exps {
		bal[e.Payer] += e.Cents
		share := e.Cents / int64(len(e.Shared))
		rem := e.Cents % int64(len(e.Shared))
		names := slices.Sorted(slices.Values(e.Shared))
		for i, n := range names {
			s := share
			if int64(i) < rem {
				s++
			}
			bal[n] -= s
		}
	}
	type acct struct {
		name string
		amt  int64
	}
	var debt, cred []acct
	for _, n := range slices.Sorted(maps.Keys(bal)) {
		switch v := bal[n]; {
		case v < 0:
			debt = append(debt, acct{n, -v})
		case v > 0:
			cred = append(cred, acct{n, v})
		}
	}
	byAmt := func(a, b acct) int { return cmp.Or(cmp.Compare(b.amt, a.amt), strings.Compare(a.name, b.name)) }
	slices.SortFunc(debt, byAmt)
	slices.SortFunc(cred, byAmt)
	var ts []Transfer
	for i, j := 0, 0; i < len(debt) && j < len(cred); {
		x := min(debt[i].amt, cred[j].amt)
		ts = append(ts, Transfer{debt[i].name, cred[j].name, x})
		debt[i].amt -= x
		cred[j].amt -= x
		if debt[i].amt == 0 {
			i++
		}
		if cred[j].amt == 0 {
			j++
		}
	}
	return bal, ts
}

func main() {
	all := []string{"ana", "ben", "cat", "dan"}
	exps := []Expense{
		{"ana", 12000, all, "cabin"},
		{"ben", 4550, []string{"ben", "cat"}, "groceries"},
		{"cat", 1000, all, "firewood"},
		{"dan", 9999, []string{"ana", "dan", "cat"}, "boat"},
	}
	bal, ts := settle(exps)
	fmt.Println(bal)
	var sum int64
	for _, v := range bal {
		sum += v
	}
	fmt.Println("sum", sum)
	for _, t := range ts {
		fmt.Println(t)
	}
	memos := slices.Collect(func(yield func(string) bool) {
		for _, e := range exps {
			if !yield(strings.ToUpper(e.Memo[:1]) + e.Memo[1:]) {
				return
			}
		}
	})
	fmt.Println(memos, len(ts))
}
