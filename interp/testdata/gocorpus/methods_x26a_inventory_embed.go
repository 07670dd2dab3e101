package main

import (
	"fmt"
	"sort"
	"strings"
)

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Logf(format string, args ...any) {
	l.lines = append(l.lines, l.prefix+fmt.Sprintf(format, args...))
}

type Counter map[string]int

func (c Counter) Inc(k string) int { c[k]++; return c[k] }

type Warehouse struct {
	*Logger
	Counter
	Name  string
	stock map[string]int
}

func NewWarehouse(name string) *Warehouse {
	return &Warehouse{
		Logger:  &Logger{prefix: "[" + name + "] "},
		Counter: Counter{},
		Name:    name,
		stock:   map[string]int{},
	}
}

func (w *Warehouse) Receive(item string, n int) {
	w.stock[item] += n
	w.Inc("receive")
	w.Logf("received %d x %s (now %d)", n, item, w.stock[item])
}

func (w *Warehouse) Ship(item string, n int) error {
	w.Inc("ship")
	if have := w.stock[item]; have < n {
		w.Logf("cannot ship %d x %s: only %d", n, item, have)
		return fmt.Errorf("%s: insufficient %s: have %d, want %d", w.Name, item, have, n)
	}
	w.stock[item] -= n
	if w.stock[item] == 0 {
		delete(w.stock, item)
	}
	w.Logf("shipped %d x %s", n, item)
	return nil
}

func (w Warehouse) Report() string {
	items := make([]string, 0, len(w.stock))
	for k, v := range w.stock {
		items = append(items, fmt.Sprintf("%s=%d", k, v))
	}
	sort.Strings(items)
	return w.Name + ": " + strings.Join(items, ", ")
}

type Auditor interface {
	Logf(string, ...any)
	Inc(string) int
}

func main() {
	w := NewWarehouse("north")
	w.Receive("bolts", 100)
	w.Receive("nuts", 40)
	w.Receive("bolts", 20)
	for _, req := range []struct {
		item string
		n    int
	}{{"bolts", 70}, {"nuts", 50}, {"nuts", 40}, {"washers", 1}} {
		if err := w.Ship(req.item, req.n); err != nil {
			fmt.Println("error:", err)
		}
	}
	fmt.Println(w.Report())
	fmt.Println(w.Counter)
	for _, l := range w.lines {
		fmt.Println(l)
	}
	var a Auditor = w
	a.Logf("audit %d", a.Inc("audit"))
	fmt.Println(len(w.Logger.lines), w.lines[len(w.lines)-1], w.Counter["audit"])
	copyW := *w
	copyW.Name = "copy"
	copyW.Receive("gears", 3)
	fmt.Println(w.Report(), "|", copyW.Report(), "|", len(w.lines))
}
