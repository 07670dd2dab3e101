package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

type Cents int64

func (c Cents) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`"%d.%02d"`, c/100, c%100)), nil
}

func (c *Cents) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("cents: %w", err)
	}
	var whole, frac int64
	if _, err := fmt.Sscanf(s, "%d.%d", &whole, &frac); err != nil {
		return fmt.Errorf("cents %q: %v", s, err)
	}
	*c = Cents(whole*100 + frac)
	return nil
}

type Status int

const (
	Draft Status = iota
	Sent
	Paid
)

var statusNames = []string{"draft", "sent", "paid"}

func (s Status) String() string { return statusNames[s] }

func (s Status) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

func (s *Status) UnmarshalText(b []byte) error {
	for i, n := range statusNames {
		if n == string(b) {
			*s = Status(i)
			return nil
		}
	}
	return fmt.Errorf("unknown status %q", b)
}

type Meta struct {
	Created time.Time `json:"created"`
	Author  string    `json:"author,omitempty"`
}

type Invoice struct {
	Meta
	ID     string          `json:"id"`
	Total  Cents           `json:"total"`
	Status Status          `json:"status"`
	Notes  *string         `json:"notes"`
	Extra  json.RawMessage `json:"extra,omitempty"`
	secret string
}

func main() {
	note := "net 30"
	inv := Invoice{
		Meta:   Meta{Created: time.Date(2024, 5, 1, 9, 30, 0, 0, time.UTC)},
		ID:     "INV-001",
		Total:  123456,
		Status: Sent,
		Notes:  &note,
		Extra:  json.RawMessage(`{"po":"X-9"}`),
		secret: "hidden",
	}
	b, err := json.Marshal(inv)
	fmt.Println(string(b), err)

	var back Invoice
	err = json.Unmarshal(b, &back)
	fmt.Println(err, back.ID, back.Total, back.Status, *back.Notes, back.Created.Format(time.RFC1123), string(back.Extra))
	fmt.Printf("%v %d\n", back.Status, back.Total)

	inputs := []string{
		`{"id":"A","total":"5.07","status":"paid","notes":null}`,
		`{"id":"B","total":12,"status":"paid"}`,
		`{"id":"C","total":"1.00","status":"lost"}`,
		`{"id":"D","total":"1.00","status":"draft","unknown":true}`,
	}
	for _, in := range inputs {
		var v Invoice
		dec := json.NewDecoder(strings.NewReader(in))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&v); err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%s %v %v notes=%v\n", v.ID, v.Total, v.Status, v.Notes)
	}
	m := map[Status]Cents{Paid: 100, Draft: 5}
	mb, _ := json.Marshal(m)
	fmt.Println(string(mb))
}
