package main

import (
	"errors"
	"fmt"
	"sort"
	"time"
)

type Booking struct {
	ID     int
	Room   string
	Guest  string
	From   time.Time
	Nights int
}

func (b Booking) To() time.Time { return b.From.AddDate(0, 0, b.Nights) }

func (b Booking) Overlaps(o Booking) bool {
	return b.Room == o.Room && b.From.Before(o.To()) && o.From.Before(b.To())
}

type Hotel struct {
	rates    map[string]float64
	bookings []Booking
	nextID   int
}

type ConflictError struct {
	With Booking
}

func (e *ConflictError) Error() string {
	return fmt.Sprintf("conflicts with #%d (%s, %s..%s)", e.With.ID, e.With.Guest, e.With.From.Format("Jan 2"), e.With.To().Format("Jan 2"))
}

func (h *Hotel) Book(room, guest string, from time.Time, nights int) (Booking, error) {
	if _, ok := h.rates[room]; !ok {
		return Booking{}, fmt.Errorf("no room %q", room)
	}
	if nights <= 0 {
		return Booking{}, errors.New("nights must be positive")
	}
	h.nextID++
	b := Booking{h.nextID, room, guest, from, nights}
	for _, o := range h.bookings {
		if b.Overlaps(o) {
			return Booking{}, &ConflictError{o}
		}
	}
	h.bookings = append(h.bookings, b)
	return b, nil
}

func (h *Hotel) Price(b Booking) float64 {
	total := 0.0
	for d := b.From; d.Before(b.To()); d = d.AddDate(0, 0, 1) {
		r := h.rates[b.Room]
		if d.Weekday() == time.Friday || d.Weekday() == time.Saturday {
			r *= 1.2
		}
		total += r
	}
	return total
}

func main() {
	h := &Hotel{rates: map[string]float64{"101": 80, "102": 95, "201": 150}}
	d := func(m time.Month, day int) time.Time { return time.Date(2024, m, day, 14, 0, 0, 0, time.UTC) }
	reqs := []struct {
		room, guest string
		from        time.Time
		n           int
	}{
		{"101", "ann", d(12, 20), 3},
		{"101", "bob", d(12, 22), 2},
		{"101", "bob", d(12, 23), 2},
		{"201", "cy", d(12, 30), 4},
		{"301", "dee", d(12, 1), 1},
		{"102", "eli", d(2, 28), 0},
	}
	for _, r := range reqs {
		b, err := h.Book(r.room, r.guest, r.from, r.n)
		var ce *ConflictError
		switch {
		case errors.As(err, &ce):
			fmt.Printf("%s: %v (other guest %s)\n", r.guest, err, ce.With.Guest)
		case err != nil:
			fmt.Printf("%s: %v\n", r.guest, err)
		default:
			fmt.Printf("#%d %s room %s %s -> %s $%.2f\n", b.ID, b.Guest, b.Room, b.From.Format("Mon 02 Jan"), b.To().Format("Mon 02 Jan 2006"), h.Price(b))
		}
	}
	sort.Slice(h.bookings, func(i, j int) bool { return h.bookings[i].To().After(h.bookings[j].To()) })
	for _, b := range h.bookings {
		fmt.Println(b.ID, b.Guest, b.To().Year())
	}
}
