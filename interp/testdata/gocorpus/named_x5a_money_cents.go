// Exercises: type Cents int64 with a String method formatting dollars, negative amounts, a variadic Sum, Cents as map values and keys, type Currency string constants, %v/%d.
package main

import (
	"fmt"
	"sort"
)

type Cents int64

type Currency string

const (
	USD Currency = "USD"
	EUR Currency = "EUR"
)

func (c Cents) String() string {
	sign := ""
	if c < 0 {
		sign, c = "-", -c
	}
	return fmt.Sprintf("%s$%d.%02d", sign, c/100, c%100)
}

func Sum(amounts ...Cents) (total Cents) {
	for _, a := range amounts {
		total += a
	}
	return
}

type Account struct {
	Owner   string
	Balance Cents
	Cur     Currency
}

func main() {
	ledger := []Cents{1999, -500, 250, 3}
	fmt.Println(ledger, Sum(ledger...), Sum())
	fmt.Printf("%v %d %s\n", Cents(-7), Cents(-7), Cents(123456))
	acc := Account{"ann", Sum(ledger...), USD}
	fmt.Printf("%v\n%+v\n", acc, acc)
	byCur := map[Currency]Cents{USD: 100, EUR: 250}
	byCur[EUR] += 50
	fmt.Println(byCur, byCur["GBP"], USD < EUR)
	counts := map[Cents]int{}
	for _, c := range []Cents{100, 250, 100} {
		counts[c]++
	}
	fmt.Println(counts)
	s := []Cents{300, -2, 45}
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	fmt.Println(s, s[0] == -2, Currency("USD") == USD, string(EUR)+"!")
}
