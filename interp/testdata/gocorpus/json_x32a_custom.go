package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

type Status int

const (
	Active Status = iota + 1
	Suspended
)

func (s Status) MarshalText() ([]byte, error) {
	switch s {
	case Active:
		return []byte("active"), nil
	case Suspended:
		return []byte("suspended"), nil
	}
	return nil, fmt.Errorf("bad status %d", int(s))
}

func (s *Status) UnmarshalText(b []byte) error {
	switch string(b) {
	case "active":
		*s = Active
	case "suspended":
		*s = Suspended
	default:
		return fmt.Errorf("unknown status %q", b)
	}
	return nil
}

// Duration marshals as a human readable string.
type Duration struct{ time.Duration }

func (d Duration) MarshalJSON() ([]byte, error) {
	return json.Marshal(d.String())
}

func (d *Duration) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	v, err := time.ParseDuration(s)
	d.Duration = v
	return err
}

type Account struct {
	User    string            `json:"user"`
	Status  Status            `json:"status"`
	Timeout Duration          `json:"timeout"`
	Created time.Time         `json:"created"`
	Limits  map[Status]int    `json:"limits,omitempty"`
	Extra   map[string]string `json:"extra,omitempty"`
}

type Shape struct {
	Kind string          `json:"kind"`
	Data json.RawMessage `json:"data"`
}

func main() {
	a := Account{
		User:    "gopher",
		Status:  Active,
		Timeout: Duration{90 * time.Second},
		Created: time.Date(2024, 3, 15, 10, 30, 0, 0, time.UTC),
		Limits:  map[Status]int{Suspended: 0, Active: 100},
	}
	b, err := json.Marshal(a)
	fmt.Println(string(b), err)

	var back Account
	err = json.Unmarshal(b, &back)
	fmt.Println(err, back.User, back.Status == Active, back.Timeout, back.Created.Format(time.RFC1123), back.Limits)

	err = json.Unmarshal([]byte(`{"status":"deleted"}`), &back)
	fmt.Println("error:", err)
	err = json.Unmarshal([]byte(`{"timeout":"5 parsecs"}`), &back)
	fmt.Println("error:", err)

	_, err = json.Marshal(Account{Status: 9})
	fmt.Println("marshal error:", err)

	// polymorphic decoding with RawMessage
	input := `[{"kind":"circle","data":{"r":2}},{"kind":"rect","data":{"w":3,"h":4}}]`
	var shapes []Shape
	if err := json.Unmarshal([]byte(input), &shapes); err != nil {
		panic(err)
	}
	for _, s := range shapes {
		switch s.Kind {
		case "circle":
			var c struct{ R float64 }
			json.Unmarshal(s.Data, &c)
			fmt.Printf("circle r=%g area=%.2f\n", c.R, 3.14159*c.R*c.R)
		case "rect":
			var r struct{ W, H float64 }
			json.Unmarshal(s.Data, &r)
			fmt.Printf("rect %gx%g area=%g\n", r.W, r.H, r.W*r.H)
		}
	}

	// embedded structs flatten their fields
	type Base struct {
		ID   int    `json:"id"`
		Kind string `json:"kind"`
	}
	type Post struct {
		Base
		Title string `json:"title"`
	}
	pb, _ := json.Marshal(Post{Base{7, "post"}, "Hello"})
	fmt.Println(string(pb))

	dec := json.NewDecoder(strings.NewReader(`{"user":"x","bogus":1}`))
	dec.DisallowUnknownFields()
	var strict Account
	fmt.Println("strict:", dec.Decode(&strict))

	var n json.Number
	d2 := json.NewDecoder(strings.NewReader(`12345678901234567890`))
	d2.UseNumber()
	d2.Decode(&n)
	fmt.Println("number:", n.String())
}
