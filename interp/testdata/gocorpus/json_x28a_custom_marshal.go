package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
)

type Suit int

const (
	Clubs Suit = iota
	Diamonds
	Hearts
	Spades
)

var suitNames = []string{"clubs", "diamonds", "hearts", "spades"}

func (s Suit) MarshalJSON() ([]byte, error) {
	return json.Marshal(suitNames[s])
}

func (s *Suit) UnmarshalJSON(b []byte) error {
	var name string
	if err := json.Unmarshal(b, &name); err != nil {
		return err
	}
	for i, n := range suitNames {
		if n == strings.ToLower(name) {
			*s = Suit(i)
			return nil
		}
	}
	return fmt.Errorf("unknown suit %q", name)
}

type Card struct {
	Rank int  `json:"rank"`
	Suit Suit `json:"suit"`
}

func (c Card) String() string {
	return fmt.Sprintf("%s%c", "A23456789TJQK"[c.Rank-1:c.Rank], "CDHS"[c.Suit])
}

type Duration struct{ time.Duration }

func (d Duration) MarshalText() ([]byte, error) { return []byte(d.String()), nil }
func (d *Duration) UnmarshalText(b []byte) error {
	v, err := time.ParseDuration(string(b))
	d.Duration = v
	return err
}

type Meta struct {
	Version int    `json:"version"`
	Author  string `json:"author,omitempty"`
}

type Game struct {
	Meta
	Players  []string          `json:"players"`
	Hands    map[string][]Card `json:"hands"`
	Timeout  Duration          `json:"timeout"`
	Started  bool              `json:"started,string"`
	Score    *int              `json:"score"`
	internal string
}

func main() {
	score := 42
	g := Game{
		Meta:    Meta{Version: 2},
		Players: []string{"ann", "bob"},
		Hands: map[string][]Card{
			"bob": {{1, Spades}, {12, Hearts}},
			"ann": {{10, Clubs}},
		},
		Timeout:  Duration{90 * time.Second},
		Started:  true,
		Score:    &score,
		internal: "hidden",
	}
	b, err := json.Marshal(g)
	fmt.Println(string(b), err)

	var back Game
	if err := json.Unmarshal(b, &back); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Printf("%v %v %v %d %q\n", back.Hands["bob"], back.Timeout, back.Started, *back.Score, back.internal)
	fmt.Printf("%+v\n", back.Meta)

	var c Card
	err = json.Unmarshal([]byte(`{"rank": 3, "suit": "joker"}`), &c)
	fmt.Println("error:", err)
	err = json.Unmarshal([]byte(`{"timeout": "ten minutes"}`), &back)
	fmt.Println("error:", err)
	var se *json.SyntaxError
	err = json.Unmarshal([]byte(`{"rank": 3,}`), &c)
	fmt.Println(errors.As(err, &se), err)

	var deck []Card
	for s := Clubs; s <= Spades; s++ {
		for r := 1; r <= 13; r += 6 {
			deck = append(deck, Card{r, s})
		}
	}
	out, _ := json.MarshalIndent(deck[:3], "", "\t")
	fmt.Println(string(out))
	fmt.Println(deck)
	var raw map[string]json.RawMessage
	json.Unmarshal(b, &raw)
	fmt.Println(len(raw), string(raw["timeout"]), string(raw["started"]))
}
