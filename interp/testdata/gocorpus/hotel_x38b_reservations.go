package main

import (
	"errors"
	"fmt"
	"sort"
	"time"
)

type RoomType int

const (
	Single RoomType = iota + 1
	Double
	Suite
)

var roomNames = map[RoomType]string{Single: "single", Double: "double", Suite: "suite"}

func (r RoomType) String() string { return roomNames[r] }

type Room struct {
	Number int
	Type   RoomType
	Rate   float64
}

type Reservation struct {
	Guest    string
	Room     *Room
	CheckIn  time.Time
	CheckOut time.Time
}

func (r Reservation) Nights() int {
	return int(r.CheckOut.Sub(r.CheckIn).Hours() / 24)
}

func (r Reservation) Cost() float64 { return float64(r.Nights()) * r.Room.Rate }

func (r Reservation) overlaps(in, out time.Time) bool {
	return in.Before(r.CheckOut) && out.After(r.CheckIn)
}

type Hotel struct {
	rooms        []*Room
	reservations []Reservation
}

var ErrNoVacancy = errors.New("no vacancy")

func (h *Hotel) Book(guest string, t RoomType, in, out time.Time) (Reservation, error) {
	if !out.After(in) {
		return Reservation{}, fmt.Errorf("invalid stay %s..%s", in.Format("Jan 2"), out.Format("Jan 2"))
	}
	for _, room := range h.rooms {
		if room.Type != t {
			continue
		}
		free := true
		for _, r := range h.reservations {
			if r.Room == room && r.overlaps(in, out) {
				free = false
				break
			}
		}
		if free {
			res := Reservation{guest, room, in, out}
			h.reservations = append(h.reservations, res)
			return res, nil
		}
	}
	return Reservation{}, fmt.Errorf("%s room for %s: %w", t, guest, ErrNoVacancy)
}

func day(d int) time.Time { return time.Date(2024, time.March, d, 14, 0, 0, 0, time.UTC) }

func main() {
	h := &Hotel{rooms: []*Room{
		{101, Single, 80}, {102, Double, 120}, {103, Double, 125}, {201, Suite, 300},
	}}
	bookings := []struct {
		guest   string
		t       RoomType
		in, out int
	}{
		{"Ada", Double, 1, 4}, {"Bo", Double, 2, 5}, {"Cy", Double, 3, 6},
		{"Di", Suite, 5, 7}, {"Ed", Single, 9, 8}, {"Fi", Double, 4, 6},
	}
	for _, b := range bookings {
		res, err := h.Book(b.guest, b.t, day(b.in), day(b.out))
		if errors.Is(err, ErrNoVacancy) {
			fmt.Println("waitlist:", err)
			continue
		} else if err != nil {
			fmt.Println("rejected:", err)
			continue
		}
		fmt.Printf("%-3s room %d (%v) %d nights $%.2f\n", res.Guest, res.Room.Number, res.Room.Type, res.Nights(), res.Cost())
	}
	occupancy := map[int]int{}
	revenue := 0.0
	for _, r := range h.reservations {
		occupancy[r.Room.Number] += r.Nights()
		revenue += r.Cost()
	}
	nums := []int{}
	for n := range occupancy {
		nums = append(nums, n)
	}
	sort.Ints(nums)
	for _, n := range nums {
		fmt.Printf("room %d: %d nights\n", n, occupancy[n])
	}
	fmt.Printf("revenue: %.2f\n", revenue)
	first := h.reservations[0]
	fmt.Println(first.CheckIn.Format(time.RFC3339), first.CheckOut.Weekday(), first.CheckOut.Sub(first.CheckIn))
}
