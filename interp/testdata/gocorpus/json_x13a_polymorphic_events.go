package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

type Event interface {
	Apply(*Account) error
	Kind() string
}

type Account struct {
	Owner   string
	Balance int
	Frozen  bool
}

type Deposit struct {
	Amount int `json:"amount"`
}
type Withdraw struct {
	Amount int    `json:"amount"`
	Memo   string `json:"memo,omitempty"`
}
type Freeze struct {
	Reason string `json:"reason"`
}

func (d Deposit) Kind() string  { return "deposit" }
func (w Withdraw) Kind() string { return "withdraw" }
func (f Freeze) Kind() string   { return "freeze" }

var ErrFrozen = errors.New("account frozen")

func (d Deposit) Apply(a *Account) error {
	if a.Frozen {
		return ErrFrozen
	}
	a.Balance += d.Amount
	return nil
}

func (w Withdraw) Apply(a *Account) error {
	if a.Frozen {
		return ErrFrozen
	}
	if w.Amount > a.Balance {
		return fmt.Errorf("withdraw %d: balance only %d", w.Amount, a.Balance)
	}
	a.Balance -= w.Amount
	return nil
}

func (f Freeze) Apply(a *Account) error { a.Frozen = true; return nil }

type envelope struct {
	Type string          `json:"type"`
	Data json.RawMessage `json:"data"`
}

func decodeEvent(env envelope) (Event, error) {
	var ev Event
	switch env.Type {
	case "deposit":
		ev = &Deposit{}
	case "withdraw":
		ev = &Withdraw{}
	case "freeze":
		ev = &Freeze{}
	default:
		return nil, fmt.Errorf("unknown event type %q", env.Type)
	}
	if err := json.Unmarshal(env.Data, ev); err != nil {
		return nil, fmt.Errorf("%s: %w", env.Type, err)
	}
	return ev, nil
}

const stream = `
{"type":"deposit","data":{"amount":100}}
{"type":"withdraw","data":{"amount":30,"memo":"groceries"}}
{"type":"withdraw","data":{"amount":500}}
{"type":"bonus","data":{}}
{"type":"deposit","data":{"amount":"lots"}}
{"type":"freeze","data":{"reason":"audit"}}
{"type":"deposit","data":{"amount":5}}
`

func main() {
	acct := &Account{Owner: "zoe"}
	dec := json.NewDecoder(strings.NewReader(stream))
	var applied []Event
	for i := 1; ; i++ {
		var env envelope
		err := dec.Decode(&env)
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("stream error:", err)
			break
		}
		ev, err := decodeEvent(env)
		if err != nil {
			fmt.Printf("#%d decode: %v\n", i, err)
			continue
		}
		if err := ev.Apply(acct); err != nil {
			fmt.Printf("#%d %s rejected: %v (frozen=%v)\n", i, ev.Kind(), err, errors.Is(err, ErrFrozen))
			continue
		}
		applied = append(applied, ev)
		fmt.Printf("#%d %-8s ok -> %+v\n", i, ev.Kind(), *acct)
	}
	out, _ := json.Marshal(map[string]any{"account": acct, "applied": len(applied), "last": applied[len(applied)-1]})
	fmt.Println(string(out))
	for _, ev := range applied {
		if w, ok := ev.(*Withdraw); ok {
			fmt.Printf("withdraw memo %q\n", w.Memo)
		}
	}
}
