package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

type Duration struct{ time.Duration }

func (d Duration) MarshalJSON() ([]byte, error) {
	return json.Marshal(d.String())
}

func (d *Duration) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("duration must be a string: %w", err)
	}
	v, err := time.ParseDuration(s)
	if err != nil {
		return err
	}
	d.Duration = v
	return nil
}

type Status int

const (
	Active Status = iota + 1
	Paused
)

var statusNames = map[Status]string{Active: "active", Paused: "paused"}

func (s Status) MarshalText() ([]byte, error) {
	if n, ok := statusNames[s]; ok {
		return []byte(n), nil
	}
	return nil, fmt.Errorf("bad status %d", int(s))
}

func (s *Status) UnmarshalText(b []byte) error {
	for k, v := range statusNames {
		if v == string(b) {
			*s = k
			return nil
		}
	}
	return fmt.Errorf("unknown status %q", b)
}

type Job struct {
	Name     string            `json:"name"`
	Every    Duration          `json:"every"`
	Status   Status            `json:"status"`
	ByStatus map[Status]int    `json:"by_status,omitempty"`
	Meta     map[string]any    `json:"meta,omitempty"`
	Next     *time.Time        `json:"next,omitempty"`
	Labels   map[string]string `json:"labels,omitempty"`
}

func main() {
	next := time.Date(2024, 5, 6, 7, 8, 9, 0, time.UTC)
	j := Job{Name: "sync", Every: Duration{90 * time.Second}, Status: Paused,
		ByStatus: map[Status]int{Active: 2, Paused: 1}, Next: &next}
	b, err := json.Marshal(j)
	fmt.Println(string(b), err)

	var back Job
	err = json.Unmarshal(b, &back)
	fmt.Printf("%v %v %v %v\n", err, back.Every, back.Status == Paused, back.Next.Equal(next))

	inputs := []string{
		`{"name":"a","every":"1h30m","status":"active","meta":{"n":1,"f":[true,null,"x"]}}`,
		`{"name":"b","every":15,"status":"active"}`,
		`{"name":"c","every":"soon","status":"active"}`,
		`{"name":"d","every":"1s","status":"gone"}`,
	}
	for _, in := range inputs {
		var jb Job
		if err := json.Unmarshal([]byte(in), &jb); err != nil {
			fmt.Println("ERR ", err)
			continue
		}
		fmt.Printf("OK   %s %v %d %v %T\n", jb.Name, jb.Every, jb.Status, jb.Meta, jb.Meta["n"])
	}
	_, err = json.Marshal(Job{Status: 7})
	fmt.Println(err)
	dec := json.NewDecoder(strings.NewReader(`{"a":1} {"a":2} [3]`))
	for dec.More() {
		var v any
		if err := dec.Decode(&v); err != nil {
			fmt.Println(err)
			break
		}
		fmt.Printf("%v ", v)
	}
	fmt.Println()
}
