package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
)

type Number interface {
	~int | ~int64 | ~float64
}

type Cents int64

func (c Cents) String() string { return fmt.Sprintf("%d.%02d", c/100, c%100) }

type Entry[K comparable, V Number] struct {
	Key K
	Val V
}

func GroupSum[T any, K comparable, V Number](xs []T, key func(T) K, val func(T) V) map[K]V {
	out := make(map[K]V)
	for _, x := range xs {
		out[key(x)] += val(x)
	}
	return out
}

func TopN[K cmp.Ordered, V Number](m map[K]V, n int) []Entry[K, V] {
	es := make([]Entry[K, V], 0, len(m))
	for _, k := range slices.Sorted(maps.Keys(m)) {
		es = append(es, Entry[K, V]{k, m[k]})
	}
	slices.SortStableFunc(es, func(a, b Entry[K, V]) int { return cmp.Compare(b.Val, a.Val) })
	if len(es) > n {
		es = es[:n]
	}
	return es
}

type Txn struct {
	Account string
	Cat     string
	Amount  Cents
}

func main() {
	txns := []Txn{
		{"A", "food", 1250}, {"B", "rent", 150000}, {"A", "rent", 90000},
		{"C", "food", 899}, {"B", "food", 4550}, {"C", "fun", 2000}, {"A", "fun", 2000},
	}
	byAcct := GroupSum(txns, func(t Txn) string { return t.Account }, func(t Txn) Cents { return t.Amount })
	byCat := GroupSum(txns, func(t Txn) string { return t.Cat }, func(t Txn) int { return 1 })
	fmt.Println(byAcct)
	fmt.Println(byCat)
	for _, e := range TopN(byAcct, 2) {
		fmt.Printf("%s=%v\n", e.Key, e.Val)
	}
	fmt.Printf("%v\n", TopN(byCat, 5))
	avg := GroupSum(txns, func(t Txn) bool { return t.Amount > 5000 }, func(t Txn) float64 { return float64(t.Amount) / 100 })
	fmt.Printf("%.2f %.2f\n", avg[true], avg[false])
}
