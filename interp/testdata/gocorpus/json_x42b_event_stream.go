package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

type Envelope struct {
	Type string          `json:"type"`
	ID   int             `json:"id"`
	Data json.RawMessage `json:"data"`
}

type Base struct {
	User string `json:"user"`
}

type Click struct {
	Base
	X, Y int
}

type Purchase struct {
	Base
	Items []string `json:"items"`
	Total float64  `json:"total"`
}

type Signup struct {
	Base
	Email    string  `json:"email"`
	Referrer *string `json:"referrer"`
}

type Event interface {
	Who() string
}

func (b Base) Who() string { return b.User }

var decoders = map[string]func() Event{
	"click":    func() Event { return &Click{} },
	"purchase": func() Event { return &Purchase{} },
	"signup":   func() Event { return &Signup{} },
}

func decodeStream(r io.Reader) ([]Event, error) {
	dec := json.NewDecoder(r)
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	if d, ok := tok.(json.Delim); !ok || d != '[' {
		return nil, fmt.Errorf("expected array, got %v", tok)
	}
	var events []Event
	var errs []error
	for dec.More() {
		var env Envelope
		if err := dec.Decode(&env); err != nil {
			return events, err
		}
		mk, ok := decoders[env.Type]
		if !ok {
			errs = append(errs, fmt.Errorf("event %d: unknown type %q", env.ID, env.Type))
			continue
		}
		ev := mk()
		if err := json.Unmarshal(env.Data, ev); err != nil {
			errs = append(errs, fmt.Errorf("event %d: %w", env.ID, err))
			continue
		}
		events = append(events, ev)
	}
	if _, err := dec.Token(); err != nil {
		return events, err
	}
	return events, errors.Join(errs...)
}

const stream = `[
  {"type": "signup", "id": 1, "data": {"user": "ann", "email": "ann@x.io", "referrer": null}},
  {"type": "click", "id": 2, "data": {"user": "ann", "X": 10, "y": 20}},
  {"type": "purchase", "id": 3, "data": {"user": "ann", "items": ["book", "pen"], "total": 23.5}},
  {"type": "refund", "id": 4, "data": {}},
  {"type": "click", "id": 5, "data": {"user": "bob", "X": "left"}},
  {"type": "signup", "id": 6, "data": {"user": "cy", "email": "cy@x.io", "referrer": "ann"}}
]`

func main() {
	events, err := decodeStream(strings.NewReader(stream))
	fmt.Println("decoded:", len(events))
	fmt.Println("errors:", err)
	for _, ev := range events {
		switch e := ev.(type) {
		case *Click:
			fmt.Printf("click by %s at (%d,%d)\n", e.Who(), e.X, e.Y)
		case *Purchase:
			fmt.Printf("purchase by %s: %v for %.2f\n", e.User, e.Items, e.Total)
		case *Signup:
			ref := "<none>"
			if e.Referrer != nil {
				ref = *e.Referrer
			}
			fmt.Printf("signup %s <%s> referred by %s\n", e.Who(), e.Email, ref)
		}
	}
	out, _ := json.Marshal(events)
	fmt.Println(string(out))
	var env Envelope
	err = json.Unmarshal([]byte(`{"type":"x","id":"7"}`), &env)
	fmt.Printf("%v | %+v\n", err, env)
	_, err = decodeStream(strings.NewReader(`{"not": "an array"}`))
	fmt.Println(err)
	_, err = decodeStream(strings.NewReader(`[{"type": "click", "id": 1, "data": {}}, {"type": `))
	fmt.Println(err)
}
