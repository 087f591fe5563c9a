package zonesim.registry;

/** Told when what a client region experiences through the global endpoint changes. */
public interface ClientListener {
    /** Client {@code client}'s pulls (and pushes) now succeed or fail, from time {@code hours}. */
    void changed(int client, boolean pullUp, boolean pushUp, double hours);
}
