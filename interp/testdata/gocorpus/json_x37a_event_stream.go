package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"time"
)

const ndjson = `{"ts":"2024-05-01T08:00:00Z","user":"u1","type":"login"}
{"ts":"2024-05-01T08:03:10Z","user":"u1","type":"purchase","amount":19.99,"tags":["promo"]}
{"ts":"2024-05-01T08:04:00Z","user":"u2","type":"login"}
{"ts":"2024-05-01T08:10:00Z","user":"u2","type":"purchase","amount":5.5}
{"ts":"bad","user":"u3","type":"login"}
{"ts":"2024-05-01T09:00:00Z","user":"u1","type":"logout"}
{"ts":"2024-05-01T08:30:00Z","user":"u2","type":"purchase","amount":42,"tags":["gift","promo"]}
not json at all`

type Event struct {
	TS     time.Time `json:"ts"`
	User   string    `json:"user"`
	Type   string    `json:"type"`
	Amount float64   `json:"amount,omitempty"`
	Tags   []string  `json:"tags,omitempty"`
}

type UserSummary struct {
	User      string        `json:"user"`
	Purchases int           `json:"purchases"`
	Spent     float64       `json:"spent"`
	Tags      []string      `json:"tags"`
	Active    time.Duration `json:"active_ns"`
}

func main() {
	sc := bufio.NewScanner(strings.NewReader(ndjson))
	var events []Event
	for n := 1; sc.Scan(); n++ {
		var e Event
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			fmt.Printf("skip line %d: %T\n", n, err)
			continue
		}
		events = append(events, e)
	}
	sort.Slice(events, func(i, j int) bool { return events[i].TS.Before(events[j].TS) })

	sums := map[string]*UserSummary{}
	first := map[string]time.Time{}
	for _, e := range events {
		s, ok := sums[e.User]
		if !ok {
			s = &UserSummary{User: e.User, Tags: []string{}}
			sums[e.User] = s
			first[e.User] = e.TS
		}
		s.Active = e.TS.Sub(first[e.User])
		if e.Type == "purchase" {
			s.Purchases++
			s.Spent += e.Amount
			for _, t := range e.Tags {
				if !contains(s.Tags, t) {
					s.Tags = append(s.Tags, t)
				}
			}
		}
	}
	users := make([]string, 0, len(sums))
	for u := range sums {
		users = append(users, u)
	}
	sort.Strings(users)
	var out []UserSummary
	for _, u := range users {
		sort.Strings(sums[u].Tags)
		out = append(out, *sums[u])
	}
	b, err := json.MarshalIndent(out, "", "  ")
	if err != nil {
		panic(err)
	}
	fmt.Println(string(b))

	again, _ := json.Marshal(events[1])
	fmt.Println(string(again))
	var generic map[string]any
	json.Unmarshal(again, &generic)
	fmt.Printf("%v %T\n", generic, generic["amount"])
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}
