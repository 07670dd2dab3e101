package main

import (
	"errors"
	"fmt"
	"sort"
	"time"
)

type Quote struct {
	Supplier string
	Cents    int
}

type Supplier interface {
	Name() string
	Quote(sku string, out chan<- Quote, errc chan<- error)
}

type fast struct {
	name  string
	price map[string]int
}

func (f fast) Name() string { return f.name }
func (f fast) Quote(sku string, out chan<- Quote, errc chan<- error) {
	p, ok := f.price[sku]
	if !ok {
		errc <- fmt.Errorf("%s: no quote for %s", f.name, sku)
		return
	}
	out <- Quote{f.name, p}
}

type stuck struct{ block chan struct{} }

func (s stuck) Name() string { return "stuck-co" }
func (s stuck) Quote(string, chan<- Quote, chan<- error) {
	<-s.block
}

var ErrTimeout = errors.New("timed out")

func bestQuote(sku string, sups []Supplier, timeout time.Duration) ([]Quote, []error) {
	out := make(chan Quote, len(sups))
	errc := make(chan error, len(sups))
	for _, s := range sups {
		go s.Quote(sku, out, errc)
	}
	var quotes []Quote
	var errs []error
	deadline := time.After(timeout)
	for range sups {
		select {
		case q := <-out:
			quotes = append(quotes, q)
		case err := <-errc:
			errs = append(errs, err)
		case <-deadline:
			errs = append(errs, fmt.Errorf("%s: %w", sku, ErrTimeout))
			sort.Slice(quotes, func(i, j int) bool { return quotes[i].Cents < quotes[j].Cents })
			return quotes, errs
		}
	}
	sort.Slice(quotes, func(i, j int) bool { return quotes[i].Cents < quotes[j].Cents })
	return quotes, errs
}

func main() {
	block := make(chan struct{})
	defer close(block)
	sups := []Supplier{
		fast{"acme", map[string]int{"bolt": 12, "nut": 5}},
		fast{"bolts-r-us", map[string]int{"bolt": 9}},
		stuck{block},
	}
	for _, sku := range []string{"bolt", "nut"} {
		qs, errs := bestQuote(sku, sups, 150*time.Millisecond)
		fmt.Printf("%s quotes=%v\n", sku, qs)
		sort.Slice(errs, func(i, j int) bool { return errs[i].Error() < errs[j].Error() })
		for _, e := range errs {
			fmt.Printf("   err: %v timeout=%t\n", e, errors.Is(e, ErrTimeout))
		}
		if len(qs) > 0 {
			fmt.Printf("   best: %s at %d\n", qs[0].Supplier, qs[0].Cents)
		}
	}
	qs, _ := bestQuote("bolt", sups[:2], time.Second)
	fmt.Println(len(qs), qs[len(qs)-1].Supplier)
}
