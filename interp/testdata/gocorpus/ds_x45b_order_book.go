package main

import (
	"container/heap"
	"fmt"
)

type Order struct {
	ID    int
	Side  string
	Price int64 // cents
	Qty   int
	Seq   int
}

type bookSide struct {
	orders []*Order
	better func(a, b *Order) bool
}

func (s bookSide) Len() int           { return len(s.orders) }
func (s bookSide) Less(i, j int) bool { return s.better(s.orders[i], s.orders[j]) }
func (s bookSide) Swap(i, j int)      { s.orders[i], s.orders[j] = s.orders[j], s.orders[i] }
func (s *bookSide) Push(x any)        { s.orders = append(s.orders, x.(*Order)) }
func (s *bookSide) Pop() any {
	o := s.orders[len(s.orders)-1]
	s.orders = s.orders[:len(s.orders)-1]
	return o
}
func (s *bookSide) Peek() *Order   { return s.orders[0] }
func (s *bookSide) String() string { return fmt.Sprintf("%d orders", len(s.orders)) }

type Trade struct {
	Buy, Sell int
	Price     int64
	Qty       int
}

type Book struct {
	bids, asks *bookSide
	seq        int
	trades     []Trade
}

func NewBook() *Book {
	return &Book{
		bids: &bookSide{better: func(a, b *Order) bool {
			if a.Price != b.Price {
				return a.Price > b.Price
			}
			return a.Seq < b.Seq
		}},
		asks: &bookSide{better: func(a, b *Order) bool {
			if a.Price != b.Price {
				return a.Price < b.Price
			}
			return a.Seq < b.Seq
		}},
	}
}

func (b *Book) Submit(o Order) {
	b.seq++
	o.Seq = b.seq
	own, other := b.bids, b.asks
	crosses := func(resting *Order) bool { return o.Price >= resting.Price }
	if o.Side == "sell" {
		own, other = b.asks, b.bids
		crosses = func(resting *Order) bool { return o.Price <= resting.Price }
	}
	for o.Qty > 0 && other.Len() > 0 && crosses(other.Peek()) {
		r := other.Peek()
		q := min(o.Qty, r.Qty)
		t := Trade{Price: r.Price, Qty: q}
		if o.Side == "buy" {
			t.Buy, t.Sell = o.ID, r.ID
		} else {
			t.Buy, t.Sell = r.ID, o.ID
		}
		b.trades = append(b.trades, t)
		o.Qty -= q
		r.Qty -= q
		if r.Qty == 0 {
			heap.Pop(other)
		}
	}
	if o.Qty > 0 {
		heap.Push(own, &o)
	}
}

func main() {
	b := NewBook()
	orders := []Order{
		{ID: 1, Side: "sell", Price: 10100, Qty: 50},
		{ID: 2, Side: "sell", Price: 10050, Qty: 30},
		{ID: 3, Side: "buy", Price: 9950, Qty: 40},
		{ID: 4, Side: "buy", Price: 10075, Qty: 45},
		{ID: 5, Side: "sell", Price: 9900, Qty: 70},
		{ID: 6, Side: "buy", Price: 10100, Qty: 100},
	}
	for _, o := range orders {
		b.Submit(o)
	}
	for _, t := range b.trades {
		fmt.Printf("trade buy#%d sell#%d %3d @ %d.%02d\n", t.Buy, t.Sell, t.Qty, t.Price/100, t.Price%100)
	}
	fmt.Println("bids:", b.bids, "asks:", b.asks)
	for b.bids.Len() > 0 {
		o := heap.Pop(b.bids).(*Order)
		fmt.Printf("resting bid %+v\n", *o)
	}
}
