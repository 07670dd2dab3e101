package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
)

type Event struct {
	Type    string         `json:"type"`
	UserID  int            `json:"user_id"`
	Payload map[string]any `json:"payload,omitempty"`
}

type summary struct {
	Accepted int            `json:"accepted"`
	Rejected []string       `json:"rejected,omitempty"`
	ByType   map[string]int `json:"by_type"`
}

func ingestNDJSON(w http.ResponseWriter, r *http.Request) {
	s := summary{ByType: map[string]int{}}
	sc := bufio.NewScanner(r.Body)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimSpace(sc.Text())
		if text == "" {
			continue
		}
		var ev Event
		if err := json.Unmarshal([]byte(text), &ev); err != nil {
			s.Rejected = append(s.Rejected, fmt.Sprintf("line %d: %v", line, err))
			continue
		}
		if ev.Type == "" {
			s.Rejected = append(s.Rejected, fmt.Sprintf("line %d: missing type", line))
			continue
		}
		s.Accepted++
		s.ByType[ev.Type]++
	}
	json.NewEncoder(w).Encode(s)
}

func ingestArray(w http.ResponseWriter, r *http.Request) {
	dec := json.NewDecoder(r.Body)
	tok, err := dec.Token()
	if err != nil || tok != json.Delim('[') {
		http.Error(w, fmt.Sprintf("expected array, got %v (%v)", tok, err), http.StatusBadRequest)
		return
	}
	total := 0
	var users []int
	for dec.More() {
		var ev Event
		if err := dec.Decode(&ev); err != nil {
			http.Error(w, "decode: "+err.Error(), http.StatusBadRequest)
			return
		}
		total++
		users = append(users, ev.UserID)
	}
	if _, err := dec.Token(); err != nil && !errors.Is(err, io.EOF) {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	fmt.Fprintf(w, "streamed %d events, users=%v, offset=%d\n", total, users, dec.InputOffset())
}

func main() {
	nd := `{"type":"click","user_id":1}
{"type":"view","user_id":2,"payload":{"page":"/home","ms":12.5}}

{"type":"click","user_id":3}
not json
{"user_id":4}
{"type":"view","user_id":5}`
	rec := httptest.NewRecorder()
	ingestNDJSON(rec, httptest.NewRequest("POST", "/events", strings.NewReader(nd)))
	fmt.Print(rec.Body.String())

	for _, body := range []string{
		`[{"type":"a","user_id":10},{"type":"b","user_id":11},{"type":"c","user_id":12}]`,
		`{"type":"a"}`,
		`[{"type":"a","user_id":"x"}]`,
		`[]`,
	} {
		rec := httptest.NewRecorder()
		ingestArray(rec, httptest.NewRequest("POST", "/events/batch", strings.NewReader(body)))
		fmt.Printf("%d %s", rec.Code, rec.Body.String())
	}

	dec := json.NewDecoder(strings.NewReader(`{"a":[1,"two",true,null,{"b":2.5}]}`))
	dec.UseNumber()
	for {
		t, err := dec.Token()
		if err == io.EOF {
			break
		}
		fmt.Printf("%T:%v ", t, t)
	}
	fmt.Println()
}
