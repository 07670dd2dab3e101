package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Priority int

const (
	Low Priority = iota + 1
	Medium
	High
)

var prioNames = map[Priority]string{Low: "low", Medium: "medium", High: "high"}

func (p Priority) MarshalText() ([]byte, error) {
	if s, ok := prioNames[p]; ok {
		return []byte(s), nil
	}
	return nil, fmt.Errorf("invalid priority %d", int(p))
}

func (p *Priority) UnmarshalText(b []byte) error {
	for k, v := range prioNames {
		if strings.EqualFold(v, string(b)) {
			*p = k
			return nil
		}
	}
	return fmt.Errorf("unknown priority %q", b)
}

type Ticket struct {
	ID       int               `json:"id"`
	Title    string            `json:"title"`
	Priority Priority          `json:"priority"`
	Watchers []string          `json:"watchers,omitempty"`
	ByPrio   map[Priority]int  `json:"by_prio,omitempty"`
	Labels   map[string]string `json:"labels,omitempty"`
	Closed   bool              `json:"-"`
	Estimate *float64          `json:"estimate"`
}

func main() {
	est := 2.5
	tickets := []Ticket{
		{ID: 1, Title: "crash on start", Priority: High, Watchers: []string{"ann"}, Estimate: &est},
		{ID: 2, Title: "typo <docs>", Priority: Low, Labels: map[string]string{"z": "last", "a": "first"}, Closed: true},
	}
	b, err := json.Marshal(tickets)
	fmt.Println(string(b), err)
	summary := Ticket{ID: 0, Title: "summary", Priority: Medium, ByPrio: map[Priority]int{High: 1, Low: 1, Medium: 0}}
	b, err = json.MarshalIndent(summary, "", "\t")
	fmt.Println(string(b), err)

	var back []Ticket
	err = json.Unmarshal([]byte(`[{"id":3,"title":"x","priority":"HIGH","by_prio":{"low":4}},{"id":4,"priority":"Medium","estimate":null}]`), &back)
	fmt.Println(err)
	for _, t := range back {
		fmt.Printf("%d %q %v %d %v %v\n", t.ID, t.Title, t.Priority, t.Priority, t.ByPrio, t.Estimate == nil)
	}
	err = json.Unmarshal([]byte(`{"priority":"urgent"}`), new(Ticket))
	fmt.Println(err)
	_, err = json.Marshal(Ticket{Priority: 9})
	fmt.Println(err)
	var generic map[string]any
	json.Unmarshal(b, &generic)
	fmt.Println(generic["priority"], generic["by_prio"], len(generic))
}
