package main

import (
	"fmt"
	"os"
	"sort"
	"text/tabwriter"
)

type RoomType string

const (
	Single RoomType = "single"
	Double RoomType = "double"
	Suite  RoomType = "suite"
)

type Room struct {
	Number int
	Type   RoomType
	Rate   int
	booked map[int]string
}

type Hotel struct {
	rooms []*Room
}

func (h *Hotel) Book(guest string, t RoomType, from, nights int) (*Room, bool) {
	for _, r := range h.rooms {
		if r.Type != t {
			continue
		}
		free := true
		for d := from; d < from+nights; d++ {
			if _, taken := r.booked[d]; taken {
				free = false
				break
			}
		}
		if free {
			for d := from; d < from+nights; d++ {
				r.booked[d] = guest
			}
			return r, true
		}
	}
	return nil, false
}

func (h *Hotel) Occupancy(day int) float64 {
	n := 0
	for _, r := range h.rooms {
		if _, ok := r.booked[day]; ok {
			n++
		}
	}
	return float64(n) / float64(len(h.rooms))
}

func main() {
	h := &Hotel{}
	specs := []struct {
		t    RoomType
		rate int
	}{{Single, 80}, {Single, 80}, {Double, 120}, {Suite, 300}}
	for i, s := range specs {
		h.rooms = append(h.rooms, &Room{Number: 101 + i, Type: s.t, Rate: s.rate, booked: map[int]string{}})
	}
	requests := []struct {
		guest string
		t     RoomType
		from  int
		n     int
	}{{"Ito", Single, 1, 3}, {"Kaur", Single, 2, 2}, {"Lind", Single, 2, 1}, {"Moss", Suite, 1, 5}, {"Nagy", Double, 4, 2}, {"Ortiz", Single, 4, 2}}
	bill := map[string]int{}
	for _, rq := range requests {
		if r, ok := h.Book(rq.guest, rq.t, rq.from, rq.n); ok {
			bill[rq.guest] = r.Rate * rq.n
			fmt.Printf("%s -> room %d\n", rq.guest, r.Number)
		} else {
			fmt.Printf("%s -> no %s available\n", rq.guest, rq.t)
		}
	}
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, "guest\tbill\t")
	guests := make([]string, 0, len(bill))
	for g := range bill {
		guests = append(guests, g)
	}
	sort.Slice(guests, func(i, j int) bool {
		return bill[guests[i]] > bill[guests[j]] || bill[guests[i]] == bill[guests[j]] && guests[i] < guests[j]
	})
	for _, g := range guests {
		fmt.Fprintf(w, "%s\t%d\t\n", g, bill[g])
	}
	w.Flush()
	for d := 1; d <= 6; d++ {
		fmt.Printf("day %d: %3.0f%%\n", d, h.Occupancy(d)*100)
	}
	fmt.Println(h.rooms[0].booked)
}
