// Exercises: an enum type with MarshalJSON/UnmarshalJSON methods inside a struct round trip.
package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Status int

const (
	Pending Status = iota
	Active
	Closed
)

var statusNames = []string{"pending", "active", "closed"}

func (s Status) String() string { return statusNames[s] }

func (s Status) MarshalJSON() ([]byte, error) {
	return json.Marshal(s.String())
}

func (s *Status) UnmarshalJSON(b []byte) error {
	var name string
	if err := json.Unmarshal(b, &name); err != nil {
		return err
	}
	for i, n := range statusNames {
		if strings.EqualFold(n, name) {
			*s = Status(i)
			return nil
		}
	}
	return fmt.Errorf("unknown status %q", name)
}

type Ticket struct {
	ID     int    `json:"id"`
	Status Status `json:"status"`
	Title  string `json:"title"`
}

func main() {
	ts := []Ticket{{1, Active, "login broken"}, {2, Closed, "typo"}}
	b, err := json.Marshal(ts)
	fmt.Println(string(b), err)
	var back []Ticket
	err = json.Unmarshal([]byte(`[{"id":3,"status":"ACTIVE","title":"x"},{"id":4,"status":"pending"}]`), &back)
	fmt.Println(back, err)
	var bad Ticket
	err = json.Unmarshal([]byte(`{"id":5,"status":"archived"}`), &bad)
	fmt.Println(err)
	fmt.Printf("%v %d\n", back[0].Status, back[0].Status)
}
