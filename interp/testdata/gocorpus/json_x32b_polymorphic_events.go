package main

import (
	"encoding/json"
	"fmt"
	"sort"
	"time"
)

type Event interface {
	Apply(state map[string]int)
	Kind() string
}

type Deposit struct {
	Account string `json:"account"`
	Amount  int    `json:"amount"`
}

type Withdrawal struct {
	Account string `json:"account"`
	Amount  int    `json:"amount"`
	Reason  string `json:"reason,omitempty"`
}

type Rename struct {
	From string `json:"from"`
	To   string `json:"to"`
}

func (d Deposit) Apply(s map[string]int)    { s[d.Account] += d.Amount }
func (d Deposit) Kind() string              { return "deposit" }
func (w Withdrawal) Apply(s map[string]int) { s[w.Account] -= w.Amount }
func (w Withdrawal) Kind() string           { return "withdrawal" }
func (r Rename) Apply(s map[string]int) {
	s[r.To] = s[r.From]
	delete(s, r.From)
}
func (r Rename) Kind() string { return "rename" }

type Envelope struct {
	Type string          `json:"type"`
	At   time.Time       `json:"at"`
	Data json.RawMessage `json:"data"`
}

func decode(env Envelope) (Event, error) {
	var ev Event
	switch env.Type {
	case "deposit":
		ev = &Deposit{}
	case "withdrawal":
		ev = &Withdrawal{}
	case "rename":
		ev = &Rename{}
	default:
		return nil, fmt.Errorf("unknown event type %q", env.Type)
	}
	if err := json.Unmarshal(env.Data, ev); err != nil {
		return nil, fmt.Errorf("decode %s: %w", env.Type, err)
	}
	return ev, nil
}

func encode(at time.Time, ev Event) ([]byte, error) {
	data, err := json.Marshal(ev)
	if err != nil {
		return nil, err
	}
	return json.Marshal(Envelope{Type: ev.Kind(), At: at, Data: data})
}

const stream = `[
 {"type":"deposit","at":"2024-03-01T10:00:00Z","data":{"account":"alice","amount":100}},
 {"type":"deposit","at":"2024-03-01T10:05:00Z","data":{"account":"bob","amount":40}},
 {"type":"withdrawal","at":"2024-03-01T11:00:00+02:00","data":{"account":"alice","amount":30,"reason":"coffee"}},
 {"type":"rename","at":"2024-03-02T00:00:00Z","data":{"from":"bob","to":"robert"}},
 {"type":"refund","at":"2024-03-02T01:00:00Z","data":{}},
 {"type":"deposit","at":"2024-03-02T02:00:00Z","data":{"account":"alice","amount":"ten"}}
]`

func main() {
	var envs []Envelope
	if err := json.Unmarshal([]byte(stream), &envs); err != nil {
		panic(err)
	}
	state := map[string]int{}
	var last time.Time
	for i, env := range envs {
		ev, err := decode(env)
		if err != nil {
			fmt.Printf("#%d skip: %v\n", i, err)
			continue
		}
		ev.Apply(state)
		fmt.Printf("#%d %-10s %T %+v at %s\n", i, ev.Kind(), ev, ev, env.At.UTC().Format(time.DateTime))
		if env.At.After(last) {
			last = env.At
		}
	}
	fmt.Println("state:", state)
	fmt.Println("last:", last.UTC())

	keys := make([]string, 0)
	for k := range state {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s=%d ", k, state[k])
	}
	fmt.Println()

	out, err := encode(time.Date(2024, 3, 3, 9, 0, 0, 0, time.UTC), Withdrawal{"alice", 5, ""})
	fmt.Println(string(out), err)
	snap, _ := json.Marshal(state)
	fmt.Println(string(snap))

	var anyEv any = Rename{"a", "b"}
	b, _ := json.Marshal(anyEv)
	fmt.Println(string(b))
	var ev Event = Deposit{"x", 1}
	b, _ = json.Marshal(ev)
	fmt.Println(string(b))
}
