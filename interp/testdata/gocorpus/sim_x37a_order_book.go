package main

import (
	"container/heap"
	"fmt"
	"strconv"
	"strings"
)

type Side int

const (
	Buy Side = iota
	Sell
)

func (s Side) String() string { return [...]string{"BUY", "SELL"}[s] }

type Order struct {
	ID    int
	Side  Side
	Price int
	Qty   int
	Seq   int
}

type book struct {
	orders []*Order
	better func(a, b *Order) bool
}

func (b book) Len() int           { return len(b.orders) }
func (b book) Less(i, j int) bool { return b.better(b.orders[i], b.orders[j]) }
func (b book) Swap(i, j int)      { b.orders[i], b.orders[j] = b.orders[j], b.orders[i] }
func (b *book) Push(x any)        { b.orders = append(b.orders, x.(*Order)) }
func (b *book) Pop() any {
	n := len(b.orders)
	o := b.orders[n-1]
	b.orders = b.orders[:n-1]
	return o
}
func (b *book) top() *Order { return b.orders[0] }

type Trade struct {
	Buyer, Seller, Price, Qty int
}

type Engine struct {
	bids, asks *book
	seq        int
	trades     []Trade
}

func NewEngine() *Engine {
	return &Engine{
		bids: &book{better: func(a, b *Order) bool {
			return a.Price > b.Price || (a.Price == b.Price && a.Seq < b.Seq)
		}},
		asks: &book{better: func(a, b *Order) bool {
			return a.Price < b.Price || (a.Price == b.Price && a.Seq < b.Seq)
		}},
	}
}

func (e *Engine) Submit(o *Order) {
	e.seq++
	o.Seq = e.seq
	own, other := e.bids, e.asks
	crosses := func(p int) bool { return o.Price >= p }
	if o.Side == Sell {
		own, other = e.asks, e.bids
		crosses = func(p int) bool { return o.Price <= p }
	}
	for o.Qty > 0 && other.Len() > 0 && crosses(other.top().Price) {
		best := other.top()
		q := min(o.Qty, best.Qty)
		t := Trade{Price: best.Price, Qty: q}
		if o.Side == Buy {
			t.Buyer, t.Seller = o.ID, best.ID
		} else {
			t.Buyer, t.Seller = best.ID, o.ID
		}
		e.trades = append(e.trades, t)
		o.Qty -= q
		best.Qty -= q
		if best.Qty == 0 {
			heap.Pop(other)
		}
	}
	if o.Qty > 0 {
		heap.Push(own, o)
	}
}

const feed = `1 BUY 100 10
2 BUY 101 5
3 SELL 103 8
4 SELL 100 12
5 SELL 99 4
6 BUY 104 10
7 BUY 99 3`

func main() {
	e := NewEngine()
	for _, line := range strings.Split(feed, "\n") {
		f := strings.Fields(line)
		id, _ := strconv.Atoi(f[0])
		price, _ := strconv.Atoi(f[2])
		qty, _ := strconv.Atoi(f[3])
		side := Buy
		if f[1] == "SELL" {
			side = Sell
		}
		before := len(e.trades)
		e.Submit(&Order{ID: id, Side: side, Price: price, Qty: qty})
		fmt.Printf("order %d %-4v %d@%d -> %d trades\n", id, side, qty, price, len(e.trades)-before)
	}
	vol, notional := 0, 0
	for _, t := range e.trades {
		fmt.Printf("  %+v\n", t)
		vol += t.Qty
		notional += t.Qty * t.Price
	}
	fmt.Printf("volume %d vwap %.3f\n", vol, float64(notional)/float64(vol))
	for _, b := range []*book{e.bids, e.asks} {
		for b.Len() > 0 {
			o := heap.Pop(b).(*Order)
			fmt.Printf("rest %v #%d %d@%d\n", o.Side, o.ID, o.Qty, o.Price)
		}
	}
}
