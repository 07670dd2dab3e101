package main

import (
	"encoding/json"
	"fmt"
	"sort"
	"time"
)

type Meta struct {
	ID      string    `json:"id"`
	At      time.Time `json:"at"`
	Version int       `json:"v,omitempty"`
}

type Event interface {
	Kind() string
}

type UserCreated struct {
	Meta
	Email string `json:"email"`
}

type OrderPaid struct {
	Meta
	OrderID string `json:"order_id"`
	Cents   int64  `json:"cents"`
}

func (UserCreated) Kind() string { return "user.created" }
func (OrderPaid) Kind() string   { return "order.paid" }

type envelope struct {
	Type string          `json:"type"`
	Data json.RawMessage `json:"data"`
}

func Encode(e Event) ([]byte, error) {
	d, err := json.Marshal(e)
	if err != nil {
		return nil, err
	}
	return json.Marshal(envelope{e.Kind(), d})
}

var registry = map[string]func() Event{
	"user.created": func() Event { return &UserCreated{} },
	"order.paid":   func() Event { return &OrderPaid{} },
}

func Decode(b []byte) (Event, error) {
	var env envelope
	if err := json.Unmarshal(b, &env); err != nil {
		return nil, err
	}
	mk, ok := registry[env.Type]
	if !ok {
		return nil, fmt.Errorf("unknown event type %q", env.Type)
	}
	e := mk()
	if err := json.Unmarshal(env.Data, e); err != nil {
		return nil, fmt.Errorf("%s: %w", env.Type, err)
	}
	return e, nil
}

func main() {
	t0 := time.Date(2024, 6, 1, 12, 0, 0, 0, time.UTC)
	evs := []Event{
		OrderPaid{Meta{"e2", t0.Add(time.Minute), 2}, "o-9", 4599},
		UserCreated{Meta{ID: "e1", At: t0}, "x@y.z"},
	}
	var wire [][]byte
	for _, e := range evs {
		b, err := Encode(e)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(string(b))
		wire = append(wire, b)
	}
	wire = append(wire, []byte(`{"type":"nope","data":{}}`), []byte(`{"type":"order.paid","data":{"cents":"x"}}`))
	var got []Event
	for _, w := range wire {
		e, err := Decode(w)
		if err != nil {
			fmt.Println("decode error:", err)
			continue
		}
		got = append(got, e)
	}
	sort.Slice(got, func(i, j int) bool {
		return metaOf(got[i]).At.Before(metaOf(got[j]).At)
	})
	for _, e := range got {
		switch v := e.(type) {
		case *UserCreated:
			fmt.Printf("%s %s user %s\n", v.ID, v.At.Format(time.Kitchen), v.Email)
		case *OrderPaid:
			fmt.Printf("%s %s paid %s %d v%d\n", v.ID, v.At.Format(time.Kitchen), v.OrderID, v.Cents, v.Version)
		}
	}
}

func metaOf(e Event) Meta {
	switch v := e.(type) {
	case *UserCreated:
		return v.Meta
	case *OrderPaid:
		return v.Meta
	}
	return Meta{}
}
