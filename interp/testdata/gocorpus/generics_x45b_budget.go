package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

type Cents int64

func (c Cents) String() string { return fmt.Sprintf("%d.%02d", c/100, c%100) }

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	m := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		m[k] = append(m[k], x)
	}
	return m
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

type Expense struct {
	Category string
	Amount   Cents
	Note     string
}

func main() {
	budget := map[string]Cents{"Groceries": 60000, "Rent": 150000, "Transport": 20000, "Fun": 15000}
	spent := []Expense{
		{"Groceries", 8423, "market"},
		{"Rent", 150000, "march"},
		{"Fun", 4500, "cinema"},
		{"Groceries", 12099, "bulk"},
		{"Transport", 6000, "pass"},
		{"Fun", 13250, "concert"},
		{"Misc", 2000, "gift"},
		{"Groceries", 3311, "bakery"},
	}
	byCat := GroupBy(spent, func(e Expense) string { return e.Category })
	cats := slices.Sorted(maps.Keys(byCat))
	for c := range budget {
		if _, ok := byCat[c]; !ok {
			cats = append(cats, c)
		}
	}
	slices.Sort(cats)
	fmt.Printf("%-10s %10s %10s %10s %6s\n", "Category", "Budget", "Spent", "Left", "Used")
	fmt.Println(strings.Repeat("-", 50))
	type row struct {
		cat  string
		used float64
	}
	var rows []row
	for _, c := range cats {
		amounts := Map(byCat[c], func(e Expense) Cents { return e.Amount })
		s := Sum(amounts)
		b := budget[c]
		pct := 0.0
		if b > 0 {
			pct = float64(s) / float64(b) * 100
		}
		flag := ""
		if s > b {
			flag = " OVER"
		}
		fmt.Printf("%-10s %10v %10v %10v %5.1f%%%s\n", c, b, s, b-s, pct, flag)
		rows = append(rows, row{c, pct})
	}
	slices.SortFunc(rows, func(a, b row) int { return cmp.Compare(b.used, a.used) })
	fmt.Println("most used:", rows[0].cat)
	fmt.Println("total spent:", Sum(Map(spent, func(e Expense) Cents { return e.Amount })))
	fmt.Println("floats:", Sum([]float64{1.5, 2.25}))
}
