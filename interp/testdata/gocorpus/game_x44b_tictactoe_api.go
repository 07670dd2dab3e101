package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
)

type Board [9]byte

func (b Board) String() string {
	var sb strings.Builder
	for i, c := range b {
		if c == 0 {
			c = '.'
		}
		sb.WriteByte(c)
		if i%3 == 2 && i < 8 {
			sb.WriteByte('/')
		}
	}
	return sb.String()
}

var lines = [8][3]int{{0, 1, 2}, {3, 4, 5}, {6, 7, 8}, {0, 3, 6}, {1, 4, 7}, {2, 5, 8}, {0, 4, 8}, {2, 4, 6}}

func (b Board) Winner() byte {
	for _, l := range lines {
		if b[l[0]] != 0 && b[l[0]] == b[l[1]] && b[l[1]] == b[l[2]] {
			return b[l[0]]
		}
	}
	return 0
}

type Game struct {
	Board  Board
	Turn   byte
	Status string
}

var (
	ErrOccupied = errors.New("cell occupied")
	ErrOver     = errors.New("game over")
	ErrTurn     = errors.New("not your turn")
)

func (g *Game) Move(player byte, cell int) error {
	switch {
	case g.Status != "playing":
		return ErrOver
	case player != g.Turn:
		return fmt.Errorf("%w: it is %c's turn", ErrTurn, g.Turn)
	case cell < 0 || cell > 8:
		return fmt.Errorf("cell %d out of range", cell)
	case g.Board[cell] != 0:
		return ErrOccupied
	}
	g.Board[cell] = player
	if w := g.Winner(); w != 0 {
		g.Status = string(w) + " wins"
	} else if !strings.Contains(g.Board.String(), ".") {
		g.Status = "draw"
	}
	g.Turn = map[byte]byte{'X': 'O', 'O': 'X'}[g.Turn]
	return nil
}

func (g *Game) Winner() byte { return g.Board.Winner() }

type Server struct {
	mu    sync.Mutex
	games map[string]*Game
}

func (s *Server) move(w http.ResponseWriter, r *http.Request) {
	var m struct {
		Player string `json:"player"`
		Cell   int    `json:"cell"`
	}
	if err := json.NewDecoder(r.Body).Decode(&m); err != nil || len(m.Player) != 1 {
		http.Error(w, "bad move", http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	g, ok := s.games[r.PathValue("id")]
	if !ok {
		g = &Game{Turn: 'X', Status: "playing"}
		s.games[r.PathValue("id")] = g
	}
	if err := g.Move(m.Player[0], m.Cell); err != nil {
		code := http.StatusUnprocessableEntity
		if errors.Is(err, ErrOver) || errors.Is(err, ErrOccupied) {
			code = http.StatusConflict
		}
		http.Error(w, err.Error(), code)
		return
	}
	json.NewEncoder(w).Encode(map[string]string{"board": g.Board.String(), "status": g.Status, "next": string(g.Turn)})
}

func main() {
	s := &Server{games: map[string]*Game{}}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /games/{id}/moves", s.move)
	play := func(id string, moves ...string) {
		fmt.Println("game", id)
		for _, mv := range moves {
			p, c := mv[:1], mv[1:]
			rec := httptest.NewRecorder()
			mux.ServeHTTP(rec, httptest.NewRequest("POST", "/games/"+id+"/moves", strings.NewReader(fmt.Sprintf(`{"player":%q,"cell":%s}`, p, c))))
			fmt.Printf("  %s%s -> %d %s", p, c, rec.Code, rec.Body.String())
		}
	}
	play("a", "X4", "O0", "X4", "O8", "X2", "O6", "X3", "X5", "O3", "O5", "X1")
	play("b", "X0", "O1", "X2", "O4", "X3", "O5", "X7", "O6", "X8", "O9")
	play("c", "Xx", "Y1")
	fmt.Printf("%v %q\n", s.games["b"].Board, s.games["a"].Status)
}
