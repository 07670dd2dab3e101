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
	Seq  int             `json:"seq"`
	Data json.RawMessage `json:"data"`
}

type Deposit struct {
	Account string `json:"account"`
	Cents   int64  `json:"cents"`
}

type Withdrawal struct {
	Account string `json:"account"`
	Cents   int64  `json:"cents"`
	ATM     string `json:"atm,omitempty"`
}

type Transfer struct {
	From, To string
	Cents    int64
}

const stream = `
{"type":"deposit","seq":1,"data":{"account":"A","cents":50000}}
{"type":"deposit","seq":2,"data":{"account":"B","cents":1200}}
{"type":"transfer","seq":3,"data":{"From":"A","To":"B","Cents":7550}}
{"type":"withdrawal","seq":4,"data":{"account":"B","cents":2000,"atm":"X-9"}}
{"type":"interest","seq":5,"data":{}}
{"type":"withdrawal","seq":6,"data":{"account":"A","cents":"lots"}}
{"type":"deposit","seq":7,"data":{"account":"C","cents":1}}
`

func apply(bal map[string]int64, e Envelope) error {
	switch e.Type {
	case "deposit":
		var d Deposit
		if err := json.Unmarshal(e.Data, &d); err != nil {
			return err
		}
		bal[d.Account] += d.Cents
	case "withdrawal":
		var w Withdrawal
		if err := json.Unmarshal(e.Data, &w); err != nil {
			return fmt.Errorf("seq %d: %w", e.Seq, err)
		}
		bal[w.Account] -= w.Cents
	case "transfer":
		var t Transfer
		if err := json.Unmarshal(e.Data, &t); err != nil {
			return err
		}
		bal[t.From] -= t.Cents
		bal[t.To] += t.Cents
	default:
		return fmt.Errorf("seq %d: unknown event type %q", e.Seq, e.Type)
	}
	return nil
}

func main() {
	dec := json.NewDecoder(strings.NewReader(stream))
	bal := map[string]int64{}
	for {
		var e Envelope
		err := dec.Decode(&e)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			fmt.Println("decode:", err)
			break
		}
		if err := apply(bal, e); err != nil {
			var ute *json.UnmarshalTypeError
			if errors.As(err, &ute) {
				fmt.Printf("type error in field %s: %v\n", ute.Field, ute.Value)
			}
			fmt.Println("skip:", err)
			continue
		}
		fmt.Printf("applied %d %s (%d bytes)\n", e.Seq, e.Type, len(e.Data))
	}
	fmt.Println(bal)
	out, _ := json.Marshal(bal)
	fmt.Println(string(out))
	env := Envelope{Type: "deposit", Seq: 8, Data: json.RawMessage(`{"account":"Z","cents":5}`)}
	b, _ := json.Marshal(env)
	fmt.Println(string(b))
	dec2 := json.NewDecoder(strings.NewReader(`[1.5, "x", true, null, {"a": 2}]`))
	for {
		tok, err := dec2.Token()
		if err != nil {
			break
		}
		fmt.Printf("%T:%v ", tok, tok)
	}
	fmt.Println()
}
