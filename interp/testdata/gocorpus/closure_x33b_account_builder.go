package main

import (
	"fmt"
	"sort"
	"strings"
)

type Option func(*Account)

type Account struct {
	Owner    string
	Currency string
	Limit    int
	Tags     []string
	onChange []func(old, new int)
	balance  int
}

func WithCurrency(c string) Option { return func(a *Account) { a.Currency = c } }
func WithLimit(l int) Option       { return func(a *Account) { a.Limit = l } }
func WithTags(t ...string) Option {
	return func(a *Account) { a.Tags = append(a.Tags, t...) }
}

func NewAccount(owner string, opts ...Option) *Account {
	a := &Account{Owner: owner, Currency: "USD", Limit: 100}
	for _, o := range opts {
		o(a)
	}
	return a
}

func (a *Account) OnChange(f func(old, new int)) { a.onChange = append(a.onChange, f) }

func (a *Account) Set(v int) {
	old := a.balance
	a.balance = v
	for _, f := range a.onChange {
		f(old, v)
	}
}

func counterGen() (func() int, func()) {
	n := 0
	return func() int { n++; return n }, func() { n = 0 }
}

func memo(f func(int) int) func(int) int {
	cache := map[int]int{}
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		v := f(n)
		cache[n] = v
		return v
	}
}

func main() {
	a := NewAccount("ann", WithCurrency("EUR"), WithTags("vip"), WithLimit(500), WithTags("eu", "new"))
	b := NewAccount("bob")
	fmt.Printf("%+v\n", *b)
	fmt.Println(a.Owner, a.Currency, a.Limit, a.Tags)

	var history []string
	total := 0
	a.OnChange(func(o, n int) { history = append(history, fmt.Sprintf("%d->%d", o, n)) })
	a.OnChange(func(o, n int) { total += n - o })
	for _, v := range []int{10, 50, 20, 80} {
		a.Set(v)
	}
	fmt.Println(strings.Join(history, " "), "net:", total)

	next, reset := counterGen()
	fmt.Println(next(), next(), next())
	reset()
	fmt.Println(next())

	calls := 0
	var fib func(int) int
	fib = memo(func(n int) int {
		calls++
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	fmt.Println(fib(50), calls)

	var funcs []func() string
	for _, name := range []string{"x", "y", "z"} {
		funcs = append(funcs, func() string { return strings.ToUpper(name) })
	}
	for i := 0; i < 3; i++ {
		defer func() { fmt.Print(i, " ") }()
	}
	for _, f := range funcs {
		fmt.Print(f())
	}
	fmt.Println()

	words := []string{"pear", "Apple", "fig", "banana"}
	sort.Slice(words, func(i, j int) bool { return strings.ToLower(words[i]) < strings.ToLower(words[j]) })
	fmt.Println(words)
	adders := map[string]func(int) int{}
	for _, k := range []int{1, 10, 100} {
		adders[fmt.Sprint("add", k)] = func(x int) int { return x + k }
	}
	keys := make([]string, 0)
	for k := range adders {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Print(k, "=", adders[k](5), " ")
	}
	fmt.Println()
}
