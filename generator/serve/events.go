package serve

import (
	"encoding/json"
	"fmt"
	"net/http"
	"sync"
	"time"
)

// event tells open pages that a case was built again.
type event struct {
	Case   string `json:"case"`
	Gen    int    `json:"gen"`
	Failed bool   `json:"failed"`
}

// hub fans build events out to the pages listening on /_pleadkit/events.
type hub struct {
	mu   sync.Mutex
	subs map[chan event]struct{}
}

func newHub() *hub { return &hub{subs: map[chan event]struct{}{}} }

// subscribe returns a channel of events and the function that ends the subscription.
func (h *hub) subscribe() (<-chan event, func()) {
	ch := make(chan event, 16)
	h.mu.Lock()
	h.subs[ch] = struct{}{}
	h.mu.Unlock()
	return ch, func() {
		h.mu.Lock()
		delete(h.subs, ch)
		h.mu.Unlock()
	}
}

// publish sends ev to every subscriber; a subscriber too slow to take it misses it.
func (h *hub) publish(ev event) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for ch := range h.subs {
		select {
		case ch <- ev:
		default:
		}
	}
}

// serveEvents streams build events to one page until it goes away.
func (s *Server) serveEvents(w http.ResponseWriter, r *http.Request) {
	flusher, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "streaming unsupported", http.StatusInternalServerError)
		return
	}
	ch, cancel := s.hub.subscribe()
	defer cancel()
	h := w.Header()
	h.Set("Content-Type", "text/event-stream")
	h.Set("Cache-Control", "no-store")
	h.Set("X-Accel-Buffering", "no")
	gens := map[string]int{}
	for _, c := range s.snapshot() {
		gens[c.ID] = c.Gen
	}
	state, _ := json.Marshal(gens)
	fmt.Fprintf(w, "retry: 500\nevent: state\ndata: %s\n\n", state)
	flusher.Flush()
	tick := time.NewTicker(15 * time.Second)
	defer tick.Stop()
	for {
		select {
		case ev := <-ch:
			data, _ := json.Marshal(ev)
			fmt.Fprintf(w, "event: build\ndata: %s\n\n", data)
			flusher.Flush()
		case <-tick.C:
			fmt.Fprint(w, ": keep-alive\n\n")
			flusher.Flush()
		case <-r.Context().Done():
			return
		}
	}
}
