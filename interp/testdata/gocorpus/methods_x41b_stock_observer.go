package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Observer interface {
	Update(symbol string, oldPrice, newPrice float64)
	ID() string
}

type Subject interface {
	Attach(o Observer)
	Detach(id string) bool
	Notify(symbol string, oldPrice, newPrice float64)
}

type Stock struct {
	observers []Observer
	prices    map[string]float64
}

func NewStock() *Stock { return &Stock{prices: map[string]float64{}} }

func (s *Stock) Attach(o Observer) { s.observers = append(s.observers, o) }

func (s *Stock) Detach(id string) bool {
	for i, o := range s.observers {
		if o.ID() == id {
			s.observers = append(s.observers[:i], s.observers[i+1:]...)
			return true
		}
	}
	return false
}

func (s *Stock) Notify(sym string, o, n float64) {
	for _, obs := range s.observers {
		obs.Update(sym, o, n)
	}
}

func (s *Stock) SetPrice(sym string, p float64) {
	old, existed := s.prices[sym]
	s.prices[sym] = p
	if existed && old != p {
		s.Notify(sym, old, p)
	}
}

type AlertObserver struct {
	name      string
	threshold float64
	alerts    []string
}

func (a *AlertObserver) ID() string { return a.name }
func (a *AlertObserver) Update(sym string, o, n float64) {
	change := (n - o) / o * 100
	if math.Abs(change) >= a.threshold {
		a.alerts = append(a.alerts, fmt.Sprintf("%s %+.1f%%", sym, change))
	}
}

type PortfolioObserver struct {
	holdings map[string]int
	value    float64
}

func (p *PortfolioObserver) ID() string { return "portfolio" }
func (p *PortfolioObserver) Update(sym string, o, n float64) {
	p.value += float64(p.holdings[sym]) * (n - o)
}

type FuncObserver struct {
	id string
	fn func(string, float64, float64)
}

func (f FuncObserver) ID() string                    { return f.id }
func (f FuncObserver) Update(s string, o, n float64) { f.fn(s, o, n) }
func ObserverFunc(id string, fn func(string, float64, float64)) Observer {
	return FuncObserver{id, fn}
}

func main() {
	var subj Subject
	stock := NewStock()
	subj = stock
	alert := &AlertObserver{name: "alerts", threshold: 5}
	port := &PortfolioObserver{holdings: map[string]int{"ACME": 10, "GLOBEX": 3}}
	var tape []string
	subj.Attach(alert)
	subj.Attach(port)
	subj.Attach(ObserverFunc("tape", func(s string, o, n float64) {
		arrow := "▲"
		if n < o {
			arrow = "▼"
		}
		tape = append(tape, s+arrow+fmt.Sprintf("%.2f", n))
	}))
	updates := []struct {
		sym   string
		price float64
	}{
		{"ACME", 100}, {"GLOBEX", 50}, {"ACME", 104}, {"ACME", 110}, {"GLOBEX", 45},
		{"INITECH", 5}, {"GLOBEX", 45}, {"ACME", 99.5},
	}
	for i, u := range updates {
		if i == 5 {
			fmt.Println("detach tape:", subj.Detach("tape"), "detach nobody:", subj.Detach("nobody"))
		}
		stock.SetPrice(u.sym, u.price)
	}
	fmt.Println("alerts:", strings.Join(alert.alerts, ", "))
	fmt.Printf("portfolio delta: %.2f\n", port.value)
	fmt.Println("tape:", tape)
	syms := make([]string, 0)
	for s := range stock.prices {
		syms = append(syms, s)
	}
	sort.Strings(syms)
	for _, s := range syms {
		fmt.Printf("%s=%g ", s, stock.prices[s])
	}
	fmt.Println(len(stock.observers))
	for _, o := range stock.observers {
		fmt.Printf("%T ", o)
	}
	fmt.Println()
}
