package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
	"sync"
)

var (
	ErrInsufficient = errors.New("insufficient funds")
	ErrNoAccount    = errors.New("no such account")
	ErrSameAccount  = errors.New("cannot transfer to same account")
)

type Bank struct {
	mu       sync.Mutex
	balances map[string]int64
	seen     map[string]string
}

type TransferReq struct {
	From   string `json:"from"`
	To     string `json:"to"`
	Amount int64  `json:"amount"`
}

func (b *Bank) Transfer(t TransferReq) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if t.From == t.To {
		return ErrSameAccount
	}
	from, ok1 := b.balances[t.From]
	_, ok2 := b.balances[t.To]
	if !ok1 || !ok2 {
		return fmt.Errorf("%w: %s->%s", ErrNoAccount, t.From, t.To)
	}
	if from < t.Amount {
		return fmt.Errorf("%w: have %d, need %d", ErrInsufficient, from, t.Amount)
	}
	b.balances[t.From] -= t.Amount
	b.balances[t.To] += t.Amount
	return nil
}

func (b *Bank) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	key := r.Header.Get("Idempotency-Key")
	b.mu.Lock()
	prev, dup := b.seen[key]
	b.mu.Unlock()
	if key != "" && dup {
		w.Header().Set("Idempotent-Replay", "true")
		fmt.Fprint(w, prev)
		return
	}
	var t TransferReq
	if err := json.NewDecoder(r.Body).Decode(&t); err != nil || t.Amount <= 0 {
		http.Error(w, "invalid transfer", http.StatusBadRequest)
		return
	}
	var resp string
	switch err := b.Transfer(t); {
	case err == nil:
		resp = "ok"
	case errors.Is(err, ErrInsufficient):
		w.WriteHeader(http.StatusConflict)
		resp = err.Error()
	case errors.Is(err, ErrNoAccount), errors.Is(err, ErrSameAccount):
		w.WriteHeader(http.StatusNotFound)
		resp = err.Error()
	}
	if key != "" {
		b.mu.Lock()
		b.seen[key] = resp
		b.mu.Unlock()
	}
	fmt.Fprint(w, resp)
}

func (b *Bank) String() string {
	names := make([]string, 0, len(b.balances))
	var total int64
	for n, v := range b.balances {
		names = append(names, n)
		total += v
	}
	sort.Strings(names)
	var sb strings.Builder
	for _, n := range names {
		fmt.Fprintf(&sb, "%s=%d ", n, b.balances[n])
	}
	fmt.Fprintf(&sb, "(total %d)", total)
	return sb.String()
}

func main() {
	bank := &Bank{balances: map[string]int64{"alice": 1000, "bob": 500, "carol": 0}, seen: map[string]string{}}
	post := func(key, body string) {
		req := httptest.NewRequest("POST", "/transfers", strings.NewReader(body))
		if key != "" {
			req.Header.Set("Idempotency-Key", key)
		}
		rec := httptest.NewRecorder()
		bank.ServeHTTP(rec, req)
		fmt.Printf("%-4s %-48s %d replay=%-5v %s\n", key, body, rec.Code, rec.Header().Get("Idempotent-Replay") == "true", rec.Body)
	}
	post("k1", `{"from":"alice","to":"bob","amount":300}`)
	post("k1", `{"from":"alice","to":"bob","amount":300}`)
	post("", `{"from":"bob","to":"carol","amount":900}`)
	post("k2", `{"from":"bob","to":"dave","amount":1}`)
	post("", `{"from":"bob","to":"bob","amount":1}`)
	post("", `{"from":"bob","to":"carol","amount":-5}`)
	fmt.Println(bank)

	var wg sync.WaitGroup
	for i := range 50 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			from, to := "alice", "carol"
			if i%2 == 1 {
				from, to = "carol", "alice"
			}
			body := fmt.Sprintf(`{"from":%q,"to":%q,"amount":10}`, from, to)
			bank.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("POST", "/transfers", strings.NewReader(body)))
		}()
	}
	wg.Wait()
	fmt.Println(strings.Contains(bank.String(), "(total 1500)"), bank.balances["bob"])
}
