package main

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
)

type Event struct {
	Kind    string          `json:"kind"`
	User    string          `json:"user"`
	Payload json.RawMessage `json:"payload"`
}

type Login struct {
	IP string `json:"ip"`
}

type Purchase struct {
	Item  string  `json:"item"`
	Price float64 `json:"price"`
	Qty   int     `json:"qty"`
}

type Summary struct {
	Logins    map[string][]string `json:"logins"`
	Spend     map[string]float64  `json:"spend"`
	Unknown   int                 `json:"unknown_events"`
	TopBuyer  string              `json:"top_buyer,omitempty"`
	Malformed []string            `json:"malformed,omitempty"`
}

func Process(r io.Reader) (*Summary, error) {
	dec := json.NewDecoder(r)
	s := &Summary{Logins: map[string][]string{}, Spend: map[string]float64{}}
	for {
		var e Event
		err := dec.Decode(&e)
		if err == io.EOF {
			break
		}
		if err != nil {
			return s, fmt.Errorf("decode: %w", err)
		}
		switch e.Kind {
		case "login":
			var l Login
			if err := json.Unmarshal(e.Payload, &l); err != nil {
				s.Malformed = append(s.Malformed, e.User)
				continue
			}
			s.Logins[e.User] = append(s.Logins[e.User], l.IP)
		case "purchase":
			var p Purchase
			if err := json.Unmarshal(e.Payload, &p); err != nil {
				s.Malformed = append(s.Malformed, e.User+":"+err.Error())
				continue
			}
			s.Spend[e.User] += p.Price * float64(p.Qty)
		default:
			s.Unknown++
		}
	}
	users := make([]string, 0, len(s.Spend))
	for u := range s.Spend {
		users = append(users, u)
	}
	sort.Slice(users, func(i, j int) bool { return s.Spend[users[i]] > s.Spend[users[j]] })
	if len(users) > 0 {
		s.TopBuyer = users[0]
	}
	return s, nil
}

func main() {
	stream := `{"kind":"login","user":"ann","payload":{"ip":"10.0.0.1"}}
{"kind":"purchase","user":"ann","payload":{"item":"book","price":12.5,"qty":2}}
{"kind":"purchase","user":"bob","payload":{"item":"pen","price":1.25,"qty":40}}
{"kind":"logout","user":"ann","payload":null}
{"kind":"login","user":"ann","payload":{"ip":"10.0.0.7"}}
{"kind":"purchase","user":"cy","payload":{"item":"lamp","price":"cheap","qty":1}}
{"kind":"login","user":"bob","payload":[1,2]}`
	s, err := Process(strings.NewReader(stream))
	fmt.Println(err)
	out, _ := json.Marshal(s)
	fmt.Println(string(out))
	_, err = Process(strings.NewReader(`{"kind":"login"} {"kind":`))
	fmt.Println(err)
	var anyv any
	json.Unmarshal([]byte(`{"a":[1,"x",true,null,{"b":2.5}]}`), &anyv)
	fmt.Printf("%v %T\n", anyv, anyv.(map[string]any)["a"].([]any)[0])
	raw := json.RawMessage(`{"z":1,"a":2}`)
	b, _ := json.Marshal(map[string]any{"raw": raw, "n": nil, "s": []int(nil), "e": []int{}})
	fmt.Println(string(b))
}
