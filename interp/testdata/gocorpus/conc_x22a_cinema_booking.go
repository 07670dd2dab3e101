package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

type Seat struct {
	Row byte
	Num int
}

func (s Seat) String() string { return fmt.Sprintf("%c%d", s.Row, s.Num) }

type Request struct {
	Customer string
	Seats    []Seat
	Reply    chan error
}

var ErrTaken = errors.New("seat taken")

type Hall struct {
	requests chan Request
	taken    map[Seat]string
	once     sync.Once
	closed   chan struct{}
}

func NewHall() *Hall {
	h := &Hall{requests: make(chan Request), taken: map[Seat]string{}, closed: make(chan struct{})}
	go h.serve()
	return h
}

func (h *Hall) serve() {
	defer close(h.closed)
	for req := range h.requests {
		var conflict []Seat
		for _, s := range req.Seats {
			if owner, ok := h.taken[s]; ok && owner != req.Customer {
				conflict = append(conflict, s)
			}
		}
		if len(conflict) > 0 {
			req.Reply <- fmt.Errorf("%s wants %v: %w (%v)", req.Customer, req.Seats, ErrTaken, conflict)
			continue
		}
		for _, s := range req.Seats {
			h.taken[s] = req.Customer
		}
		req.Reply <- nil
	}
}

func (h *Hall) Book(who string, seats ...Seat) error {
	reply := make(chan error, 1)
	h.requests <- Request{who, seats, reply}
	return <-reply
}

func (h *Hall) Close() {
	h.once.Do(func() { close(h.requests) })
	<-h.closed
}

func main() {
	h := NewHall()
	type booking struct {
		who   string
		seats []Seat
	}
	rounds := [][]booking{
		{{"ann", []Seat{{'A', 1}, {'A', 2}}}, {"bob", []Seat{{'B', 5}}}, {"cid", []Seat{{'C', 1}}}},
		{{"dee", []Seat{{'A', 2}, {'A', 3}}}, {"eli", []Seat{{'B', 6}, {'B', 7}}}, {"ann", []Seat{{'A', 1}}}},
	}
	for i, round := range rounds {
		results := make([]error, len(round))
		var wg sync.WaitGroup
		for j, b := range round {
			wg.Add(1)
			go func() {
				defer wg.Done()
				results[j] = h.Book(b.who, b.seats...)
			}()
		}
		wg.Wait()
		for j, err := range results {
			fmt.Printf("round %d %s: %v taken=%t\n", i+1, round[j].who, err, errors.Is(err, ErrTaken))
		}
	}
	h.Close()
	h.Close()
	seats := make([]Seat, 0, len(h.taken))
	for s := range h.taken {
		seats = append(seats, s)
	}
	sort.Slice(seats, func(i, j int) bool {
		if seats[i].Row != seats[j].Row {
			return seats[i].Row < seats[j].Row
		}
		return seats[i].Num < seats[j].Num
	})
	for _, s := range seats {
		fmt.Print(s, ":", h.taken[s], " ")
	}
	fmt.Println()
	fmt.Printf("%#v %v\n", seats[0], len(h.taken))
}
