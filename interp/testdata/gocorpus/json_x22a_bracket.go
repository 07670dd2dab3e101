package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Seat int

const (
	North Seat = iota
	East
	South
	West
)

var seatNames = []string{"N", "E", "S", "W"}

func (s Seat) MarshalText() ([]byte, error) { return []byte(seatNames[s]), nil }

func (s *Seat) UnmarshalText(b []byte) error {
	for i, n := range seatNames {
		if n == string(b) {
			*s = Seat(i)
			return nil
		}
	}
	return fmt.Errorf("unknown seat %q", b)
}

type Round struct {
	Number int          `json:"round"`
	Scores map[Seat]int `json:"scores"`
	Dealer Seat         `json:"dealer"`
}

type Tournament struct {
	Name   string            `json:"name"`
	Rounds []Round           `json:"rounds"`
	Meta   map[string]string `json:"meta,omitempty"`
	secret string
}

func (t Tournament) Totals() map[Seat]int {
	out := map[Seat]int{}
	for _, r := range t.Rounds {
		for s, v := range r.Scores {
			out[s] += v
		}
	}
	return out
}

func main() {
	t := Tournament{Name: "club night", secret: "x"}
	for i := 0; i < 3; i++ {
		r := Round{Number: i + 1, Dealer: Seat(i % 4), Scores: map[Seat]int{}}
		for s := North; s <= West; s++ {
			r.Scores[s] = (int(s)*7 + i*13) % 20
		}
		t.Rounds = append(t.Rounds, r)
	}
	b, err := json.Marshal(t)
	fmt.Println(string(b), err)
	var back Tournament
	err = json.Unmarshal(b, &back)
	fmt.Println(err, back.Totals(), back.secret == "")
	fmt.Printf("%v\n", back.Rounds[1])
	bad := strings.Replace(string(b), `"W":`, `"Q":`, 1)
	var t2 Tournament
	fmt.Println(json.Unmarshal([]byte(bad), &t2))
	var d Seat
	fmt.Println(json.Unmarshal([]byte(`"S"`), &d), d, int(d))
	out, _ := json.Marshal(map[Seat][]Seat{East: {West, North}})
	fmt.Println(string(out))
}
